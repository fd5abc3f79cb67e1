// Generated from themes/default/ by DefaultThemeEmbeddingTests: do not edit by hand.
// Re-record with: RECORD_SNAPSHOTS=1 swift test --filter DefaultThemeEmbedding

let embeddedFiles: [String: String] = [
    "assets/favicon.svg": ##"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="6" fill="#0b4f9c"/><rect x="7" y="17" width="4" height="8" fill="#fff"/><rect x="14" y="11" width="4" height="14" fill="#fff"/><rect x="21" y="7" width="4" height="18" fill="#fff"/></svg>

"""##,
    "assets/kiosque-search.js": #"""
/* Kiosque — searching the datasets without a server.
 *
 * Progressive enhancement of datasets/index.html: without JavaScript the page lists every dataset, paged, and
 * links to one page per facet value. With it, the form searches in place with the prebuilt index under search/
 * (Sources/KiosqueSearch/SearchIndex.swift): meta.json, then the term shards of the query's words, then the
 * document shards of the page shown; the facet files load after the first results are on screen.
 *
 * No external library and no inline script. The text rules below repeat Sources/KiosqueSearch/TextAnalyzer.swift
 * and the ranking repeats SearchClient.swift: change them together (a test compares both).
 */
(function () {
  "use strict";

  // ---- Text: the same rules as TextAnalyzer.swift ------------------------------------------------------------

  var STOP_WORDS = new Set([
    // French
    "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "et", "eux",
    "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui", "ma", "mais", "me", "mes", "moi", "mon", "ne", "nos",
    "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "ta", "te",
    "tes", "ton", "tu", "un", "une", "vos", "votre", "vous", "est", "sont", "ete", "etre", "ont", "plus", "ainsi",
    "aussi", "comme", "dont", "entre", "sans", "sous", "vers", "chaque", "tout", "tous", "toute", "toutes", "ci", "ca",
    // English
    "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its", "of",
    "or", "that", "the", "their", "this", "to", "was", "were", "which", "with"
  ]);
  var WORD_CHARACTER = /[\p{L}\p{N}]/u;

  /** Lower case, canonical decomposition without combining marks, ligatures spelt out. */
  function fold(text) {
    var out = "";
    for (var ch of String(text).toLowerCase().normalize("NFD")) {
      var c = ch.codePointAt(0);
      if (c >= 0x300 && c <= 0x36f) continue;
      if (c === 0x153) out += "oe";
      else if (c === 0xe6) out += "ae";
      else if (c === 0xdf) out += "ss";
      else out += ch;
    }
    return out;
  }

  /** Folded words of two characters or more. */
  function words(text) {
    var out = [], current = [];
    for (var ch of fold(text)) {
      if (WORD_CHARACTER.test(ch)) {
        current.push(ch);
      } else {
        if (current.length >= 2) out.push(current.join(""));
        current = [];
      }
    }
    if (current.length >= 2) out.push(current.join(""));
    return out;
  }

  /** The light stemmer; words with a digit stay whole. */
  function stem(word) {
    if (/[0-9]/.test(word)) return word;
    var w = Array.from(word);
    function ends(suffix) {
      return w.length >= suffix.length && w.slice(w.length - suffix.length).join("") === suffix;
    }
    if (w.length > 4 && ends("eaux")) {
      w.pop();
    } else if (w.length > 4 && ends("aux")) {
      w.splice(w.length - 3, 3, "a", "l");
    } else if (w.length > 3 && (ends("s") || ends("x")) && !ends("ss")) {
      w.pop();
    }
    if (w.length > 3 && ends("y")) {
      w.pop();
      w.push("i");
    }
    for (var i = 0; i < 2; i++) if (w.length > 4 && ends("e")) w.pop();
    return w.join("");
  }

  /** The query's terms without repetition, and whether its last word is being typed (to be completed). */
  function queryTerms(text) {
    var terms = [], last = "", all = words(text);
    all.forEach(function (word) {
      if (STOP_WORDS.has(word)) return;
      last = word;
      var term = stem(word);
      terms = terms.filter(function (t) { return t !== term; });
      terms.push(term);
    });
    var typing = text.length > 0 && !/\s$/.test(text) && Array.from(last).length >= 3 && all[all.length - 1] === last;
    return { terms: terms, typing: typing };
  }

  // ---- Index files -------------------------------------------------------------------------------------------

  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) DIGIT[ALPHABET[a]] = a;

  /** Reads PostingCode text: five-bit groups, gaps between sorted numbers, a weight after each when weighted. */
  function decode(text, gaps, weighted) {
    var numbers = [], weights = [], i = 0, previous = 0, first = true;
    while (i < text.length) {
      var value = 0, scale = 1, digit;
      do {
        digit = DIGIT[text[i++]];
        if (digit === undefined) break;
        value += (digit & 31) * scale;
        scale *= 32;
      } while (digit & 32);
      var number = gaps && !first ? previous + value : value;
      first = false;
      previous = number;
      numbers.push(number);
      if (weighted) weights.push(DIGIT[text[i++]] || 0);
    }
    return { numbers: numbers, weights: weights };
  }

  function shardFor(term, prefixes) {
    var best = -1;
    prefixes.forEach(function (prefix, index) {
      if (term.startsWith(prefix) && (best < 0 || prefixes[best].length < prefix.length)) best = index;
    });
    return best;
  }

  function completionShards(term, prefixes) {
    var out = [];
    prefixes.forEach(function (prefix, index) {
      if (out.length < 8 && prefix.length > term.length && prefix.startsWith(term)) out.push(index);
    });
    return out;
  }

  /** The filtering shard of a facet value: FNV-1a (32 bits) over the key's UTF-16 code units (SearchIndex.facetShard). */
  function facetShard(key, count) {
    var hash = 2166136261;
    for (var i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
    return hash % Math.max(1, count);
  }

  var FACETS = ["theme", "organization", "keyword", "format", "license"];
  var COMPLETION_FACTOR = 0.6;

  /** The search over the index files; `load(path)` returns a promise of the parsed JSON of search/<path>. */
  function Engine(load) {
    this.load = load;
    this.cache = {};
  }

  Engine.prototype.json = function (path) {
    if (!(path in this.cache)) this.cache[path] = this.load(path);
    return this.cache[path];
  };

  Engine.prototype.facetRows = function (facet) {
    return this.json("facets/" + facet + ".json").then(function (rows) {
      return rows.map(function (row) { return { key: row[0], label: row[1], ids: decode(row[3], true, false).numbers }; });
    });
  };

  /**
   * query: {text, filters: {facet: key}, sort: "" | "relevance" | "date" | "title", page}.
   * Resolves to {ids, records, total, candidates, pages}.
   */
  Engine.prototype.search = async function (query) {
    var self = this;
    var meta = await this.json("meta.json");
    var count = meta.count, parsed = queryTerms(query.text || ""), terms = parsed.terms;
    var candidates, scores = new Map();
    if (terms.length === 0) {
      candidates = [];
      for (var n = 0; n < count; n++) candidates.push(n);
    } else {
      var perTerm = [];
      for (var t = 0; t < terms.length; t++) {
        var term = terms[t], found = new Map(), lists = [[term, 1]];
        var numbers = [], own = shardFor(term, meta.terms);
        if (own >= 0) numbers.push(own);
        if (parsed.typing && t === terms.length - 1) numbers = numbers.concat(completionShards(term, meta.terms));
        var shards = await Promise.all(numbers.map(function (k) { return self.json("terms/" + k + ".json"); }));
        if (parsed.typing && t === terms.length - 1) {
          shards.forEach(function (shard) {
            Object.keys(shard).sort().forEach(function (key) {
              if (key !== term && key.startsWith(term)) lists.push([key, COMPLETION_FACTOR]);
            });
          });
        }
        lists.forEach(function (entry) {
          var code = null;
          for (var s = 0; s < shards.length && code === null; s++) {
            if (Object.prototype.hasOwnProperty.call(shards[s], entry[0])) code = shards[s][entry[0]];
          }
          if (code === null) return;
          var postings = decode(code, true, true);
          var idf = Math.log(1 + count / Math.max(1, postings.numbers.length));
          postings.numbers.forEach(function (doc, j) {
            var value = postings.weights[j] * idf * entry[1];
            found.set(doc, Math.max(found.get(doc) || 0, value));
          });
        });
        perTerm.push(found);
      }
      var matched = new Set(perTerm[0].keys());
      perTerm.slice(1).forEach(function (found) {
        matched.forEach(function (doc) { if (!found.has(doc)) matched.delete(doc); });
      });
      var useAll = matched.size === 0 && perTerm.length > 1;
      if (useAll) perTerm.forEach(function (found) { found.forEach(function (v, doc) { matched.add(doc); }); });
      matched.forEach(function (doc) {
        var hits = perTerm.map(function (found) { return found.get(doc); }).filter(function (v) { return v !== undefined; });
        var sum = hits.reduce(function (x, y) { return x + y; }, 0);
        scores.set(doc, sum * (useAll ? hits.length : 1));
      });
      candidates = Array.from(matched).sort(function (x, y) { return x - y; });
    }
    var filters = query.filters || {};
    for (var f = 0; f < FACETS.length; f++) {
      var key = filters[FACETS[f]];
      if (!key) continue;
      var info = (meta.facets || {})[FACETS[f]] || {};
      var shard = await this.json("facets/" + FACETS[f] + "/" + facetShard(key, info.shards || 1) + ".json");
      var code = Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : "";
      var allowed = new Set(decode(code, true, false).numbers);
      candidates = candidates.filter(function (doc) { return allowed.has(doc); });
    }
    var sort = query.sort || (terms.length ? "relevance" : "date");
    if (sort === "relevance") {
      candidates.sort(function (x, y) { return (scores.get(y) || 0) - (scores.get(x) || 0) || x - y; });
    } else if (sort === "title") {
      var order = decode(await this.json("order/title.json"), false, false).numbers, rank = new Array(count);
      order.forEach(function (doc, position) { rank[doc] = position; });
      candidates.sort(function (x, y) { return rank[x] - rank[y]; });
    } else {
      candidates.sort(function (x, y) { return x - y; });
    }
    var pages = Math.max(1, Math.ceil(candidates.length / meta.pageSize));
    var page = Math.min(Math.max(1, query.page || 1), pages);
    var slice = candidates.slice((page - 1) * meta.pageSize, page * meta.pageSize);
    var records = await Promise.all(slice.map(function (doc) {
      return self.json("docs/" + Math.floor(doc / meta.docShard) + ".json").then(function (shard) { return shard[doc % meta.docShard]; });
    }));
    return {
      ids: records.map(function (r) { return r[0]; }), records: records, total: candidates.length,
      candidates: candidates, page: page, pages: pages
    };
  };

  /** Facet → value key → results that have it (loads the facet files: after the first results). */
  Engine.prototype.facetCounts = async function (candidates) {
    var inResults = new Set(candidates), counts = {};
    for (var f = 0; f < FACETS.length; f++) {
      var rows = await this.facetRows(FACETS[f]);
      counts[FACETS[f]] = {};
      rows.forEach(function (row) {
        var n = 0;
        row.ids.forEach(function (doc) { if (inResults.has(doc)) n++; });
        if (n > 0) counts[FACETS[f]][row.key] = n;
      });
    }
    return counts;
  };

  // ---- The page ----------------------------------------------------------------------------------------------

  function enhance() {
    var form = document.querySelector("form[data-search-index]");
    if (!form || !window.fetch || !window.URLSearchParams || !window.Promise) return;
    var base = form.getAttribute("data-search-index"), root = form.getAttribute("data-root") || "";
    var lang = document.documentElement.lang || "fr";
    var number = new Intl.NumberFormat(lang);
    var dates = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    var input = form.querySelector("input[name=q]"), sort = form.querySelector("select[name=sort]");
    var sortLabel = form.querySelector(".search-sort");
    var status = document.getElementById("search-status"), results = document.getElementById("search-results");
    var facets = document.getElementById("search-facets");
    var pager = document.getElementById("search-pager");
    if (!input || !status || !results) return;
    var engine = new Engine(function (path) {
      return fetch(base + path).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + path);
        return response.json();
      });
    });
    function text(name, values) {
      var pattern = form.getAttribute("data-t-" + name) || "";
      Object.keys(values || {}).forEach(function (k) { pattern = pattern.split("{" + k + "}").join(values[k]); });
      return pattern;
    }

    // What the server rendered, to come back to when the search is emptied.
    var original = {
      status: status.textContent,
      results: Array.from(results.childNodes),
      pager: pager ? Array.from(pager.childNodes) : []
    };
    var pagerBox = pager;
    if (!pagerBox) {
      pagerBox = document.createElement("nav");
      pagerBox.className = "pager";
      pagerBox.setAttribute("aria-label", text("pagination"));
      results.parentNode.appendChild(pagerBox);
    }
    var chips = document.createElement("ul");
    chips.className = "active-filters";
    results.parentNode.insertBefore(chips, results);
    if (sortLabel) sortLabel.hidden = false;

    var labels = {};
    var links = facets ? Array.from(facets.querySelectorAll("details[data-facet] a[data-key]")) : [];
    links.forEach(function (link) {
      var facet = link.closest("details").getAttribute("data-facet"), key = link.getAttribute("data-key");
      labels[facet + "=" + key] = link.textContent;
      var count = link.parentNode.querySelector(".facet-count");
      if (count) count.setAttribute("data-total", count.textContent);
      link.addEventListener("click", function (event) {
        event.preventDefault();
        state.filters[facet] = state.filters[facet] === key ? "" : key;
        state.page = 1;
        run(true);
      });
    });

    var state = readState();
    function readState() {
      var params = new URLSearchParams(window.location.search), filters = {};
      FACETS.forEach(function (facet) { filters[facet] = params.get(facet) || ""; });
      return { text: params.get("q") || "", sort: params.get("sort") || "", page: parseInt(params.get("page"), 10) || 1, filters: filters };
    }
    function isEmpty() {
      return !state.text.trim() && !state.sort && state.page === 1 && FACETS.every(function (f) { return !state.filters[f]; });
    }
    function writeState(push) {
      var params = new URLSearchParams();
      if (state.text) params.set("q", state.text);
      FACETS.forEach(function (facet) { if (state.filters[facet]) params.set(facet, state.filters[facet]); });
      if (state.sort) params.set("sort", state.sort);
      if (state.page > 1) params.set("page", String(state.page));
      var url = window.location.pathname + (params.toString() ? "?" + params.toString() : "");
      if (push) window.history.pushState(null, "", url); else window.history.replaceState(null, "", url);
    }

    function card(record) {
      var li = document.createElement("li"), h3 = document.createElement("h3"), a = document.createElement("a");
      li.className = "card";
      h3.className = "card-title";
      a.href = root + "datasets/" + encodeURIComponent(record[0]) + "/";
      a.textContent = record[1];
      h3.appendChild(a);
      li.appendChild(h3);
      var meta = document.createElement("p");
      meta.className = "card-meta";
      meta.appendChild(document.createTextNode(record[3]));
      if (record[4]) {
        var time = document.createElement("time");
        time.dateTime = record[4];
        time.textContent = dates.format(new Date(record[4] + "T00:00:00Z"));
        meta.appendChild(document.createTextNode(" · "));
        meta.appendChild(time);
      }
      li.appendChild(meta);
      if (record[2]) {
        var summary = document.createElement("p");
        summary.className = "card-summary";
        summary.textContent = record[2];
        li.appendChild(summary);
      }
      if (record[5] && record[5].length) {
        var formats = document.createElement("ul");
        formats.className = "formats";
        formats.setAttribute("aria-label", text("formats"));
        record[5].forEach(function (format) {
          var item = document.createElement("li");
          item.className = "format";
          item.textContent = format;
          formats.appendChild(item);
        });
        li.appendChild(formats);
      }
      return li;
    }

    function pageButton(label, page, current) {
      var item = document.createElement("li"), button = document.createElement("button");
      button.type = "button";
      button.textContent = label;
      if (current) button.setAttribute("aria-current", "page");
      button.addEventListener("click", function () {
        state.page = page;
        run(true);
        status.scrollIntoView();
      });
      item.appendChild(button);
      return item;
    }

    function showPager(page, pages) {
      pagerBox.replaceChildren();
      if (pages <= 1) return;
      var list = document.createElement("ul");
      if (page > 1) list.appendChild(pageButton(text("previous"), page - 1, false));
      var info = document.createElement("li");
      info.className = "gap";
      info.textContent = text("page", { page: number.format(page), pages: number.format(pages) });
      list.appendChild(info);
      if (page < pages) list.appendChild(pageButton(text("next"), page + 1, false));
      pagerBox.appendChild(list);
    }

    function showChips() {
      chips.replaceChildren();
      FACETS.forEach(function (facet) {
        var key = state.filters[facet];
        if (!key) return;
        var item = document.createElement("li"), button = document.createElement("button");
        var label = labels[facet + "=" + key] || key;
        button.type = "button";
        button.textContent = label + " ×";
        button.setAttribute("aria-label", text("clear") + " : " + label);
        button.addEventListener("click", function () {
          state.filters[facet] = "";
          state.page = 1;
          run(true);
        });
        item.appendChild(button);
        chips.appendChild(item);
      });
    }

    function showFacetCounts(counts) {
      links.forEach(function (link) {
        var facet = link.closest("details").getAttribute("data-facet"), key = link.getAttribute("data-key");
        var countBox = link.parentNode.querySelector(".facet-count");
        var selected = state.filters[facet] === key;
        if (selected) link.setAttribute("aria-current", "true"); else link.removeAttribute("aria-current");
        if (!counts) {
          link.parentNode.hidden = false;
          if (countBox) countBox.textContent = countBox.getAttribute("data-total");
          return;
        }
        var n = (counts[facet] || {})[key] || 0;
        link.parentNode.hidden = n === 0 && !selected;
        if (countBox) countBox.textContent = number.format(n);
      });
    }

    var generation = 0;
    function run(push) {
      var mine = ++generation;
      writeState(push);
      showChips();
      if (isEmpty()) {
        status.textContent = original.status;
        results.replaceChildren.apply(results, original.results);
        pagerBox.replaceChildren.apply(pagerBox, original.pager);
        showFacetCounts(null);
        return;
      }
      status.textContent = text("loading");
      engine.search(state).then(function (found) {
        if (mine !== generation) return;
        state.page = found.page;
        results.replaceChildren.apply(results, found.records.map(card));
        status.textContent = found.total ? text("results", { count: number.format(found.total) }) : text("none");
        showPager(found.page, found.pages);
        return engine.facetCounts(found.candidates).then(function (counts) {
          if (mine === generation) showFacetCounts(counts);
        });
      }).catch(function () {
        if (mine !== generation) return;
        status.textContent = text("error");
        results.replaceChildren.apply(results, original.results);
        pagerBox.replaceChildren.apply(pagerBox, original.pager);
      });
    }

    var timer = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        state.text = input.value;
        state.page = 1;
        run(false);
      }, 200);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      state.text = input.value;
      state.page = 1;
      run(true);
    });
    if (sort) {
      sort.addEventListener("change", function () {
        state.sort = sort.value;
        state.page = 1;
        run(true);
      });
    }
    window.addEventListener("popstate", function () {
      state = readState();
      input.value = state.text;
      if (sort) sort.value = state.sort;
      run(false);
    });

    input.value = state.text;
    if (sort) sort.value = state.sort;
    if (!isEmpty()) run(false);
  }

  var api = { fold: fold, words: words, stem: stem, queryTerms: queryTerms, decode: decode, Engine: Engine };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
    else enhance();
  }
})();

"""#,
    "assets/kiosque-table.js": #"""
/* Kiosque — paging, sorting and filtering a table's rows in the browser.
 *
 * Progressive enhancement of the preview table of a dataset page: without JavaScript the page shows the first rows
 * and the download links. With it, the controls in <div class="table-viewer" data-index="…"> page through the whole
 * file by fetching, when needed, the JSON pages the build publishes beside it (Sources/KiosqueTable/DerivedWriter.swift):
 *   <name>.pages/index.json   {"header": […], "keys": […], "types": […], "rows": N, "pageSize": 500, "pages": ["0001.json", …]}
 *   <name>.pages/0001.json    {"page": 1, "first": 1, "rows": [["cell", …], …]}
 * Sorting and filtering apply to the whole file when it has at most data-max-pages JSON pages (all are loaded then),
 * else to the loaded JSON page only, and the viewer says so. A table the page shows whole has no JSON pages: its box
 * has data-types (the columns' Table Schema types, space-separated) instead of data-index, and the viewer sorts and
 * filters the rows of the page.
 *
 * No external library and no inline script; cells are written with textContent, never as markup.
 */
(function () {
  "use strict";

  // ---- Pure functions (tested under Node.js by Tests/KiosqueTests/TableViewerTests.swift) ---------------------

  /** Lower case without accents, for filtering. */
  function fold(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\u0153/g, "oe").replace(/\u00e6/g, "ae");
  }

  /** A number written the French or the English way (`1 234,5`, `1,234.5`, `-3`), NaN when it is not one. */
  function parseNumber(text) {
    var s = String(text).trim().replace(/[\s\u00a0\u202f]/g, "");
    if (s === "") return NaN;
    var comma = s.lastIndexOf(","), dot = s.lastIndexOf(".");
    if (comma >= 0 && dot >= 0) {
      s = comma > dot ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
    } else if (comma >= 0) {
      s = /^-?\d{1,3}(,\d{3})+$/.test(s) && s.split(",").length > 2 ? s.replace(/,/g, "") : s.replace(",", ".");
    }
    return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s) ? Number(s) : NaN;
  }

  /** `2024-03-05`, `2024-03-05T10:00`, `05/03/2024` → a text that sorts in date order; null when not a date. */
  function dateKey(text) {
    var s = String(text).trim();
    var iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?(.*)$/.exec(s);
    if (iso) return iso[1] + "-" + iso[2] + "-" + (iso[3] || "00") + iso[4];
    var fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(.*)$/.exec(s);
    if (fr) return fr[3] + "-" + ("0" + fr[2]).slice(-2) + "-" + ("0" + fr[1]).slice(-2) + fr[4];
    return null;
  }

  var NUMERIC = { integer: true, number: true, year: true };
  var DATES = { date: true, datetime: true, yearmonth: true };

  /** Compares two cells of a column of Table Schema `type`; empty cells come last whatever the direction. */
  function compareCells(a, b, type, collator) {
    var emptyA = a === null || a === undefined || String(a).trim() === "";
    var emptyB = b === null || b === undefined || String(b).trim() === "";
    if (emptyA || emptyB) return emptyA === emptyB ? 0 : (emptyA ? 1 : -1);
    if (NUMERIC[type]) {
      var x = parseNumber(a), y = parseNumber(b);
      if (!isNaN(x) && !isNaN(y)) return x < y ? -1 : (x > y ? 1 : 0);
      if (isNaN(x) !== isNaN(y)) return isNaN(x) ? 1 : -1;
    }
    if (DATES[type]) {
      var p = dateKey(a), q = dateKey(b);
      if (p !== null && q !== null) return p < q ? -1 : (p > q ? 1 : 0);
    }
    return collator ? collator.compare(String(a), String(b)) : (String(a) < String(b) ? -1 : (String(a) > String(b) ? 1 : 0));
  }

  /** A sorted copy of `rows` (arrays of cells) by `column`; stable; empty cells last in both directions. */
  function sortRows(rows, column, type, descending, collator) {
    return rows.map(function (row, index) { return { row: row, index: index }; })
      .sort(function (a, b) {
        var ca = a.row[column], cb = b.row[column];
        var emptyA = ca === undefined || String(ca).trim() === "", emptyB = cb === undefined || String(cb).trim() === "";
        var order = (emptyA || emptyB) ? compareCells(ca, cb, type, collator)
          : compareCells(ca, cb, type, collator) * (descending ? -1 : 1);
        return order !== 0 ? order : a.index - b.index;
      })
      .map(function (item) { return item.row; });
  }

  /** The rows where every word of `query` appears in some cell, accents and case ignored. */
  function filterRows(rows, query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return rows.slice();
    return rows.filter(function (row) {
      var text = fold(row.join("\u0001"));
      return words.every(function (word) { return text.indexOf(word) >= 0; });
    });
  }

  /** `{page}` style placeholders filled. */
  function fill(pattern, values) {
    return String(pattern || "").replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

  function pageCount(total, size) { return Math.max(1, Math.ceil(total / size)); }

  // ---- The viewer in the page -----------------------------------------------------------------------------------

  var counter = 0;

  function Viewer(box) {
    this.box = box;
    this.details = box.closest("details") || box.parentNode;
    this.table = this.details.querySelector("table");
    this.tbody = this.table && this.table.tBodies[0];
    this.caption = this.table && this.table.caption;
    this.t = function (key) { return box.getAttribute("data-t-" + key) || ""; };
    this.indexURL = box.hasAttribute("data-index") ? new URL(box.getAttribute("data-index"), document.baseURI) : null;
    this.maxPages = parseInt(box.getAttribute("data-max-pages"), 10) || 20;
    // As many rows a page as the server-rendered preview shows.
    this.viewSize = parseInt(box.getAttribute("data-view-size"), 10) || 20;
    var lang = box.getAttribute("data-lang") || document.documentElement.lang || "fr";
    this.collator = typeof Intl !== "undefined" ? new Intl.Collator(lang, { numeric: true, sensitivity: "base" }) : null;
    this.chunks = {};
    this.view = 1;
    this.plainView = 1;
    this.query = "";
    this.sort = null;
    this.rows = null;
  }

  Viewer.prototype.fetchJSON = function (url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + url);
      return response.json();
    });
  };

  Viewer.prototype.chunk = function (number) {
    var self = this;
    if (!self.chunks[number]) {
      var name = self.index.pages[number - 1];
      self.chunks[number] = self.fetchJSON(new URL(name, self.indexURL)).then(function (data) { return data.rows || []; });
    }
    return self.chunks[number];
  };

  Viewer.prototype.start = function () {
    var self = this;
    if (!self.table || !self.tbody) return;
    if (!self.indexURL) {
      // The whole table is in the page: its rows are the one "JSON page".
      var rows = Array.prototype.map.call(self.tbody.rows, function (tr) {
        return Array.prototype.map.call(tr.cells, function (td) { return td.textContent; });
      });
      var header = Array.prototype.map.call(self.table.tHead ? self.table.tHead.rows[0].cells : [], function (th) { return th.textContent; });
      if (!rows.length) return;
      self.index = { header: header, types: (self.box.getAttribute("data-types") || "").split(" "), rows: rows.length,
                     pageSize: rows.length, pages: ["page"] };
      self.chunks[1] = Promise.resolve(rows);
      self.whole = true;
      self.build();
      self.show();
      return;
    }
    self.fetchJSON(self.indexURL).then(function (index) {
      if (!index || !Array.isArray(index.pages) || !index.pages.length) return;
      self.index = index;
      self.whole = index.pages.length <= self.maxPages;
      self.build();
      self.show();
    }).catch(function () { /* The server-rendered preview stays as it is. */ });
  };

  Viewer.prototype.build = function () {
    var self = this, id = "kiosque-table-" + (++counter);
    var label = document.createElement("label");
    label.htmlFor = id + "-filter";
    label.textContent = self.t("filter");
    var input = document.createElement("input");
    input.type = "search";
    input.id = id + "-filter";
    input.autocomplete = "off";
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.query = input.value; self.view = 1; self.show(); }, 250);
    });
    var pager = document.createElement("nav");
    pager.className = "viewer-pager";
    pager.setAttribute("aria-label", self.t("pages"));
    // aria-disabled rather than disabled: the button keeps the focus at the first and last page.
    self.previous = self.button(self.t("previous"), function () {
      if (self.previous.getAttribute("aria-disabled") === "true") return;
      self.view -= 1;
      self.show();
    });
    self.next = self.button(self.t("next"), function () {
      if (self.next.getAttribute("aria-disabled") === "true") return;
      self.view += 1;
      self.show();
    });
    pager.appendChild(self.previous);
    pager.appendChild(self.next);
    self.status = document.createElement("p");
    self.status.className = "viewer-status";
    self.status.setAttribute("role", "status");
    self.status.setAttribute("aria-live", "polite");
    self.note = document.createElement("p");
    self.note.className = "viewer-note";
    self.note.hidden = true;
    [label, input, pager, self.status, self.note].forEach(function (node) { self.box.appendChild(node); });
    self.box.hidden = false;

    var headers = self.table.tHead ? self.table.tHead.rows[0].cells : [];
    self.headers = [];
    Array.prototype.forEach.call(headers, function (th, column) {
      var sort = document.createElement("button");
      sort.type = "button";
      sort.className = "sort-button";
      sort.textContent = th.textContent;
      sort.addEventListener("click", function () { self.sortBy(column); });
      th.textContent = "";
      th.appendChild(sort);
      self.headers.push(th);
    });
    self.baseCaption = self.caption ? self.caption.textContent.replace(/\s+—[^—]*$/, "") : "";
  };

  Viewer.prototype.button = function (text, action) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = text;
    button.addEventListener("click", action);
    return button;
  };

  Viewer.prototype.sortBy = function (column) {
    var descending = this.sort && this.sort.column === column && !this.sort.descending;
    this.sort = { column: column, descending: descending };
    this.view = 1;
    this.headers.forEach(function (th, index) {
      if (index === column) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
    this.show();
  };

  /** The rows the current sort and filter apply to: the whole file, or the loaded page. */
  Viewer.prototype.source = function () {
    var self = this;
    if (self.whole) {
      if (!self.all) {
        var numbers = self.index.pages.map(function (_, i) { return i + 1; });
        self.all = Promise.all(numbers.map(function (n) { return self.chunk(n); }))
          .then(function (parts) { return [].concat.apply([], parts); });
      }
      return self.all;
    }
    // The JSON page that held the rows on screen when sorting or filtering began.
    var chunk = Math.floor(((self.plainView - 1) * self.viewSize) / self.index.pageSize) + 1;
    return self.chunk(Math.min(chunk, self.index.pages.length));
  };

  Viewer.prototype.show = function () {
    var self = this, index = self.index, transformed = self.query.trim() !== "" || self.sort;
    self.status.textContent = self.t("loading");
    var work;
    if (!transformed) {
      // Plain paging: fetch only the JSON page that holds the rows shown.
      var total = index.rows, pages = pageCount(total, self.viewSize);
      self.view = Math.min(Math.max(1, self.view), pages);
      self.plainView = self.view;
      var first = (self.view - 1) * self.viewSize;
      var last = Math.max(first, Math.min(first + self.viewSize, total) - 1);
      var from = Math.floor(first / index.pageSize) + 1, to = Math.min(Math.floor(last / index.pageSize) + 1, index.pages.length);
      var wanted = [];
      for (var n = from; n <= to; n++) wanted.push(self.chunk(n));
      work = Promise.all(wanted).then(function (parts) {
        var rows = [].concat.apply([], parts), offset = first - (from - 1) * index.pageSize;
        return { rows: rows.slice(offset, offset + self.viewSize), total: total, first: first, partial: false };
      });
    } else {
      work = self.source().then(function (rows) {
        var chosen = filterRows(rows, self.query);
        if (self.sort) chosen = sortRows(chosen, self.sort.column, (index.types || [])[self.sort.column], self.sort.descending, self.collator);
        var pages = pageCount(chosen.length, self.viewSize);
        self.view = Math.min(Math.max(1, self.view), pages);
        var first = (self.view - 1) * self.viewSize;
        return { rows: chosen.slice(first, first + self.viewSize), total: chosen.length, first: first, partial: !self.whole, loaded: rows.length };
      });
    }
    work.then(function (result) { self.render(result); }).catch(function () {
      self.status.textContent = self.t("error");
    });
  };

  Viewer.prototype.render = function (result) {
    var self = this, width = self.index.header.length;
    var body = document.createElement("tbody");
    result.rows.forEach(function (cells) {
      var tr = document.createElement("tr");
      for (var i = 0; i < width; i++) {
        var td = document.createElement("td");
        td.textContent = cells[i] === undefined || cells[i] === null ? "" : String(cells[i]);
        tr.appendChild(td);
      }
      body.appendChild(tr);
    });
    self.table.replaceChild(body, self.tbody);
    self.tbody = body;
    var pages = pageCount(result.total, self.viewSize);
    self.previous.setAttribute("aria-disabled", String(self.view <= 1));
    self.next.setAttribute("aria-disabled", String(self.view >= pages));
    var count = result.total.toLocaleString(document.documentElement.lang || undefined);
    var parts = [fill(self.t("page"), { page: self.view, pages: pages })];
    parts.push(self.query.trim() ? fill(self.t("matches"), { count: count, query: self.query.trim() }) : fill(self.t("rows"), { count: count }));
    if (self.sort) {
      parts.push(fill(self.t("sorted"), {
        column: self.index.header[self.sort.column] || "",
        direction: self.t(self.sort.descending ? "descending" : "ascending")
      }));
    }
    self.status.textContent = parts.join(" · ");
    if (self.caption) {
      var range = result.total === 0 ? "" : fill(self.t("range"), { first: result.first + 1, last: result.first + result.rows.length, count: count });
      self.caption.textContent = self.baseCaption + (range ? " — " + range : "");
    }
    self.note.hidden = !result.partial;
    if (result.partial) self.note.textContent = fill(self.t("partial"), { count: result.loaded });
  };

  function enhance() {
    if (typeof fetch !== "function" || typeof URL !== "function" || typeof Promise !== "function") return;
    Array.prototype.forEach.call(document.querySelectorAll(".table-viewer"), function (box) {
      new Viewer(box).start();
    });
  }

  var api = { fold: fold, parseNumber: parseNumber, dateKey: dateKey, compareCells: compareCells, sortRows: sortRows,
              filterRows: filterRows, fill: fill, pageCount: pageCount };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
    else enhance();
  }
})();

"""#,
    "assets/kiosque.css": #"""
/* Kiosque default theme. System fonts only, no external resource; contrast ratios meet WCAG 2.1 AA. */
:root {
  --ink: #1b1b1f;
  --muted: #4a4a55;
  --paper: #ffffff;
  --soft: #f4f5f8;
  --line: #d5d7de;
  --accent: #0b4f9c;
  --accent-dark: #083a73;
  --accent-soft: #e6eef8;
  --focus: #c2410c;
  --radius: 6px;
  --wrap: 72rem;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.55;
  color: var(--ink);
  background: var(--paper);
}
img { max-width: 100%; height: auto; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { color: var(--accent-dark); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: clamp(1.6rem, 1.2rem + 2vw, 2.3rem); margin-top: 0.8em; }
h2 { font-size: 1.4rem; }
h3 { font-size: 1.1rem; }
.wrap { max-width: var(--wrap); margin: 0 auto; padding: 0 1.25rem; }
.narrow { max-width: 46rem; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--paper); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }

.site-header { background: var(--accent-dark); color: #fff; }
.header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.brand { display: inline-flex; align-items: center; gap: 0.6rem; color: #fff; font-weight: 700; font-size: 1.15rem; text-decoration: none; }
.brand:hover { color: #fff; text-decoration: underline; }
.site-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0; padding: 0; }
.site-nav a { color: #fff; text-decoration: none; padding: 0.25rem 0; border-bottom: 2px solid transparent; }
.site-nav a:hover, .site-nav a[aria-current="page"] { border-bottom-color: #fff; color: #fff; }

main { display: block; padding-bottom: 3rem; }
main:focus { outline: none; }
.hero { background: var(--accent-soft); padding: 1.5rem 0 2rem; }
.hero h1 { margin-top: 0.3em; }
.lead { font-size: 1.1rem; max-width: 48rem; }
.search-form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; max-width: 40rem; margin-top: 1rem; }
.search-form label { flex-basis: 100%; font-weight: 600; }
.search-form input { flex: 1 1 16rem; font: inherit; padding: 0.6rem 0.75rem; border: 2px solid var(--muted); border-radius: var(--radius); }
button, .button {
  display: inline-block; font: inherit; font-weight: 600; cursor: pointer; text-decoration: none;
  padding: 0.6rem 1.1rem; border-radius: var(--radius); border: 2px solid var(--accent); background: var(--accent); color: #fff;
}
button:hover, .button:hover { background: var(--accent-dark); border-color: var(--accent-dark); color: #fff; }

.figures { list-style: none; display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; padding: 0; margin: 1.5rem 0 0.5rem; }
.figures a { display: block; padding: 0.9rem 1rem; border: 1px solid var(--line); border-radius: var(--radius); text-decoration: none; color: var(--ink); }
.figures a:hover { border-color: var(--accent); }
.figures strong { display: block; font-size: 1.6rem; color: var(--accent); }
.last-update, .count, .card-meta, .build-info, .preview-note, .resource-meta { color: var(--muted); }

.cards { list-style: none; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; padding: 0; margin: 0.5rem 0 1rem; }
.card { border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.1rem; background: var(--paper); }
.card-title { margin: 0 0 0.3rem; font-size: 1.08rem; }
.card-meta { margin: 0 0 0.4rem; font-size: 0.92rem; }
.card-summary { margin: 0.3rem 0; }
.formats, .tags { list-style: none; display: flex; flex-wrap: wrap; gap: 0.35rem; padding: 0; margin: 0.5rem 0 0; }
.format, .tags li { font-size: 0.82rem; font-weight: 600; padding: 0.1rem 0.5rem; border-radius: 1rem; background: var(--soft); border: 1px solid var(--line); }
.tags a { text-decoration: none; }
.reuse-image { display: block; margin-bottom: 0.6rem; border-radius: calc(var(--radius) - 2px); }
.org-logo { float: right; margin-left: 1rem; }
.more { font-weight: 600; }

.breadcrumb ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.3rem; padding: 0; margin: 1rem 0 0; font-size: 0.92rem; }
.breadcrumb li + li::before { content: "›"; margin-right: 0.3rem; color: var(--muted); }
.dataset-byline { color: var(--muted); }
.resources { list-style: none; padding: 0; }
.resource { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1.1rem; margin-bottom: 1rem; }
.resource h3 { margin: 0 0 0.25rem; }
.download { font-weight: 600; }
.preview summary { cursor: pointer; font-weight: 600; margin: 0.5rem 0; }
.dictionary summary { cursor: pointer; font-weight: 600; margin: 0.5rem 0; }
.dictionary td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.dictionary tbody th { text-align: left; font-weight: 600; }
.derived { margin: 0.25rem 0; }
.table-scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--line); border-radius: var(--radius); }
table { border-collapse: collapse; font-size: 0.92rem; }
caption { text-align: left; padding: 0.4rem 0.6rem; font-weight: 600; color: var(--muted); }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); position: sticky; top: 0; }
.table-scroll td { min-width: 6rem; max-width: 24rem; overflow-wrap: anywhere; }
.metadata { width: 100%; max-width: 48rem; }
.metadata th { width: 14rem; font-weight: 600; }
.description table, .page table, .post table { margin: 1rem 0; }
th.align-right, td.align-right { text-align: right; }
th.align-center, td.align-center { text-align: center; }
.description th, .description td, .page th, .page td { border: 1px solid var(--line); }
.news-list { list-style: none; padding: 0; }
.news-list li { padding: 0.75rem 0; border-bottom: 1px solid var(--line); }
.news-list h2 { font-size: 1.15rem; margin: 0 0 0.2rem; }
.theme-list { columns: 2 18rem; }
.edit { margin-top: 2rem; }

.site-footer { background: var(--soft); border-top: 1px solid var(--line); padding: 1.5rem 0; font-size: 0.95rem; }
.footer-links { list-style: none; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; padding: 0; }

@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; transition: none !important; } }
@media print { .site-header, .site-footer, .search-form, .skip-link { display: none; } a { color: inherit; } }

/* Search, facets and paging (datasets/). The facets are links without JavaScript; kiosque-search.js turns them into filters. */
.dataset-search select { font: inherit; padding: 0.5rem; border: 2px solid var(--muted); border-radius: var(--radius); margin-left: 0.4rem; }
.search-sort { flex-basis: auto !important; font-weight: 400 !important; }
.listing.with-facets { display: grid; grid-template-columns: minmax(12rem, 16rem) 1fr; gap: 1.5rem; align-items: start; }
@media (max-width: 48rem) { .listing.with-facets { grid-template-columns: 1fr; } }
.facets { font-size: 0.95rem; }
.facet { border-bottom: 1px solid var(--line); padding: 0.4rem 0; }
.facet summary { cursor: pointer; font-weight: 700; padding: 0.2rem 0; }
.facet ul { list-style: none; padding: 0; margin: 0.3rem 0; max-height: 18rem; overflow-y: auto; }
.facet li { display: flex; justify-content: space-between; gap: 0.5rem; padding: 0.1rem 0; }
.facet a[aria-current="true"] { font-weight: 700; color: var(--ink); }
.facet a[aria-current="true"]::before { content: "✓ "; }
.facet li[hidden] { display: none; }
.facet-count { color: var(--muted); font-variant-numeric: tabular-nums; }
.active-filters { list-style: none; display: flex; flex-wrap: wrap; gap: 0.4rem; padding: 0; margin: 0.5rem 0; }
.active-filters button { padding: 0.2rem 0.7rem; font-size: 0.9rem; font-weight: 600; background: var(--accent-soft); color: var(--accent-dark); border-color: var(--accent-soft); }
.pager ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.35rem; padding: 0; margin: 1rem 0; }
.pager a, .pager button { display: inline-block; min-width: 2.3rem; text-align: center; padding: 0.35rem 0.6rem; border: 1px solid var(--line); border-radius: var(--radius); text-decoration: none; background: var(--paper); color: var(--accent); font-weight: 400; }
.pager a[aria-current="page"], .pager button[aria-current="page"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.pager .gap { padding: 0.35rem 0.2rem; color: var(--muted); }

/* Upkeep: badges, quality, history, events, Socle commun, reuse types. */
.badge { display: inline-block; font-size: 0.8rem; font-weight: 700; padding: 0.05rem 0.5rem; border-radius: 1rem; border: 1px solid; text-decoration: none; vertical-align: 0.1em; }
.badge-late { color: #8a3200; background: #fff1e6; border-color: #f0b48a; }
.badge-ok { color: #14532d; background: #e7f5ec; border-color: #9fd3b0; }
.badge-missing { color: #8b1a1a; background: #fdeeee; border-color: #eeb0b0; }
.badge-valid { color: #14532d; background: #e7f5ec; border-color: #9fd3b0; }
.badge-invalid { color: #8b1a1a; background: #fdeeee; border-color: #eeb0b0; }
.badge-unchecked { color: #4a4a4a; background: #f2f2f2; border-color: #c4c4c4; }
.badge a { color: inherit; }
.validation-badge { margin: 0.3rem 0; }
.validation-reason, .validation-type { color: var(--muted); font-size: 0.88rem; }
.validation-verdict.validation-valid { color: #14652d; }
.validation-verdict.validation-invalid { color: #a4161a; }
.validation-errors td, .validation-errors th { vertical-align: top; }
.validation-errors code { white-space: pre-wrap; word-break: break-word; }
.score-good { color: #14652d; }
.score-fair { color: #7a4e00; }
.score-poor { color: #a4161a; }
.quality-box { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.4rem 1.1rem 0.8rem; margin-top: 2rem; background: var(--soft); }
.score { font-size: 1rem; margin: 0.2rem 0 0.6rem; }
.score strong { font-size: 2rem; }
.checks { list-style: none; padding: 0; columns: 2 16rem; }
.checks li { padding: 0.1rem 0 0.1rem 1.6rem; position: relative; break-inside: avoid; }
.checks li::before { position: absolute; left: 0; font-weight: 700; }
.check-ok::before { content: "✓"; color: #14652d; }
.check-todo::before { content: "✗"; color: #a4161a; }
.to-improve li { margin-bottom: 0.3rem; }
.overdue-note { margin: 0.8rem 0; }
.history { list-style: none; padding: 0; border-left: 3px solid var(--line); margin-left: 0.3rem; }
.history > li { padding: 0.2rem 0 0.6rem 1rem; }
.history-head { margin: 0; }
.history-files, .event-files { margin: 0.2rem 0 0; color: var(--muted); font-size: 0.92rem; }
.history-note { color: var(--muted); font-size: 0.88rem; }
.commit { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.85rem; }
.versions ul { margin: 0.2rem 0 0.6rem; }
.version-file { font-weight: 600; }
.version-message { color: var(--muted); }
.events { list-style: none; padding: 0; }
.events > li { padding: 0.55rem 0; border-bottom: 1px solid var(--line); }
.events time { color: var(--muted); margin-left: 0.4rem; white-space: nowrap; }
.event-kind { display: inline-block; min-width: 6.5rem; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
.upkeep-links { margin-top: 0.3rem; }
.figure { display: block; padding: 0.9rem 1rem; border: 1px solid var(--line); border-radius: var(--radius); }
.figure strong { display: block; font-size: 1.6rem; }
.quality-table { width: 100%; }
.quality-table meter { width: 6rem; vertical-align: middle; }
.tag-todo { display: inline-block; font-size: 0.82rem; padding: 0 0.45rem; margin: 0.1rem 0; border-radius: 1rem; background: var(--soft); border: 1px solid var(--line); }
.socle-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; }
.socle-item { border: 1px solid var(--line); border-left-width: 5px; border-radius: var(--radius); padding: 0.2rem 1rem 0.6rem; }
.socle-item.is-published { border-left-color: #2f9e5b; }
.socle-item.is-missing { border-left-color: #d9822b; }
.socle-item h2 { font-size: 1.1rem; margin-top: 0.7rem; }
.socle-item .hint { color: var(--muted); font-size: 0.92rem; }
.type-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; }
.type-nav a { display: inline-block; padding: 0.25rem 0.8rem; border: 1px solid var(--line); border-radius: 1rem; text-decoration: none; }
.propose, .propose-reuse { margin-top: 1.5rem; }

/* Charts and maps: SVG drawn at build time. Colours are presentation attributes; these rules only refine them. */
.chart-cell { min-width: 21rem !important; }
.chart-figure, .map { margin: 0.25rem 0; }
.chart-figure svg, .map svg { display: block; max-width: 100%; height: auto; }
.chart-bars { fill: var(--accent); }
.chart-label { fill: var(--muted); }
.chart-values summary { cursor: pointer; font-size: 0.9rem; color: var(--accent); }
.chart-values table { margin: 0.3rem 0; }
.chart-values td.number { text-align: right; font-variant-numeric: tabular-nums; }
.chart-note, .map-note { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0; }
.map svg { width: 100%; max-width: 50rem; border-radius: var(--radius); }
.map figcaption { color: var(--muted); font-size: 0.92rem; margin-top: 0.3rem; }
.map-points { stroke: var(--focus); }
@media (forced-colors: active) { .chart-bars { fill: CanvasText; } .map-points, .map-lines, .map-areas { stroke: CanvasText; } }

/* Table viewer (kiosque-table.js): paging, sorting and filtering the whole file on top of the preview. */
.table-viewer { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0.5rem 0; }
.table-viewer[hidden] { display: none; }
.table-viewer label { font-weight: 600; }
.table-viewer input { font: inherit; padding: 0.35rem 0.6rem; border: 2px solid var(--muted); border-radius: var(--radius); }
.table-viewer .viewer-pager { display: flex; gap: 0.35rem; }
.table-viewer button { padding: 0.3rem 0.8rem; font-weight: 600; }
.table-viewer button[aria-disabled="true"] { background: var(--soft); border-color: var(--line); color: var(--muted); cursor: default; }
.table-viewer .viewer-status { margin: 0; color: var(--muted); }
.table-viewer .viewer-note { flex-basis: 100%; margin: 0; color: var(--muted); font-size: 0.9rem; }
th .sort-button { all: unset; cursor: pointer; font-weight: 700; color: var(--accent); text-decoration: underline; text-underline-offset: 0.15em; }
th .sort-button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
th[aria-sort="ascending"] .sort-button::after { content: " ▲"; }
th[aria-sort="descending"] .sort-button::after { content: " ▼"; }

"""#,
    "i18n/en.yaml": #"""
# Interface texts of the default theme, in English.
# A portal may replace this file with themes/<name>/i18n/en.yaml.
skip_to_content: Skip to content
breadcrumb: Breadcrumb
formats: Formats
nav:
  label: Main menu
  datasets: Datasets
  organizations: Organizations
  themes: Themes
  reuses: Reuses
  news: News
footer:
  label: Footer
  catalog: DCAT catalogue
  built_with: Published with
  updated: updated on
search:
  label: Search datasets
  placeholder: "budget, trees, school meals…"
  button: Search
  results: "{count} dataset(s)"
  none: No dataset matches this search.
  loading: Searching…
  error: "The search could not be loaded: the full list is still available below."
  clear: Remove this filter
  sort: Sort by
  sort_relevance: relevance
  sort_date: latest update
  sort_title: title
figures:
  title: The portal in figures
  datasets: datasets
  files: files
  organizations: organizations
  themes: themes
  reuses: reuses
  last_update: Data last updated on
home:
  title: Home
  featured: Featured
  latest: Recently updated
  all_datasets: All datasets
  reuses: Reuses
  all_reuses: All reuses
  news: News
  all_news: All news
datasets:
  title: Datasets
  count: dataset(s)
dataset:
  published_by: Published by
  updated: updated on
  themes: Themes
  description: Description
  resources: Files and resources
  information: Information
  keywords: Keywords
  reuses: Reuses of this data
  edit: Edit this dataset
meta:
  organization: Publisher
  license: Licence
  frequency: Update frequency
  issued: Published on
  modified: Modified on
  temporal: Time period
  spatial: Spatial coverage
  contact: Contact
  schema: Data schema
  identifier: Identifier
resource:
  sha256: "SHA-256 checksum:"
  download: Download
  open: Open
  kind.main: main file
  kind.documentation: documentation
  kind.api: API
  kind.code: code
  kind.other: other
preview:
  title: Preview
  rows: rows
  columns: columns
  first_rows: first rows
  encoding: Encoding
  delimiter: delimiter
organizations:
  title: Organizations
organization:
  website: Website
  type.commune: Municipality
  type.epci: Inter-municipal body
  type.departement: Department
  type.region: Region
  type.etat: State service
  type.association: Association
  type.entreprise: Company
  type.autre: Other body
themes:
  title: Themes
reuses:
  title: Reuses
  intro: Applications, visualizations and articles built on the portal's data.
  propose: Propose a reuse
  by_type: Reuses by type
  none: No reuse is listed yet.
  used_this: Have you reused this data?
  types:
    application: Applications
    visualization: Visualizations
    article: Articles
    api: APIs
    idea: Ideas
    paper: Papers
    post: Posts
    hardware: Hardware
reuse:
  by: by
  visit: Visit the reuse
  datasets: Data used
  type.application: Application
  type.visualization: Visualization
  type.article: Article
  type.api: API
  type.idea: Idea
  type.paper: Paper
  type.post: Post
  type.hardware: Hardware
news:
  title: News
  all: All news
notfound:
  title: Page not found
  text: The page you asked for does not exist or has moved.
  home: Back to the home page
pager:
  label: Pagination
  previous: Previous page
  next: Next page
  page_of: "Page {page} of {pages}"
  title: "{title}, page {page}"
facet:
  label: Refine the list
  theme: Themes
  organization: Organizations
  keyword: Keywords
  format: Formats
  license: Licences
listing:
  title: "{facet}: {value}"
  refine: combine with other criteria
frequency:
  continuous: continuous
  daily: daily
  weekly: weekly
  monthly: monthly
  quarterly: quarterly
  semiannual: semiannual
  annual: annual
  irregular: irregular
  never: never updated
  unknown: unknown
quality:
  title: Data quality
  organization_title: "Data quality: {name}"
  organization_link: Quality of its data
  intro: "Each dataset is assessed on the metadata quality criteria of data.gouv.fr, and on the validity of its files against their schema when a schema is declared. The score is the share of the applicable criteria that are met."
  dataset_heading: Metadata quality
  how: How is quality assessed?
  met: criterion met
  not_met: criterion to meet
  to_improve: To improve
  overdue: overdue
  overdue_short: overdue
  overdue_count: overdue dataset(s)
  overdue_detail: "Last updated {days} days ago, while the {frequency} frequency allows at most {allowed}."
  average: average score out of 100
  back_to_organization: Back to the organization's page
  criteria: Criteria
  criterion_column: Criterion
  met_by: Datasets that meet it
  by_organization: By organization
  datasets: Datasets, from the lowest score to the highest
  dataset: Dataset
  score: Score
  criterion:
    license: Recognised open licence
    description: Detailed description
    temporal: Time period given
    spatial: Spatial coverage given
    frequency: Update frequency given
    updated-on-time: Updated on time
    open-formats: Open formats
    documentation: Documented files
    schema: Files valid against their schema
  improve:
    license: "Choose a recognised licence (etalab-2.0, odbl-1.0, cc-by-4.0…) rather than a custom one."
    description: "Write a fuller description (at least 100 characters): content, origin, method, limits."
    temporal: "Give the time period the data covers (temporal: {start, end})."
    spatial: "Give the area covered (spatial: name, INSEE code or bounding box)."
    frequency: "Declare the update frequency (frequency: annual, monthly…)."
    updated-on-time: Publish an update, or correct the declared frequency if it no longer holds.
    open-formats: "Also publish the data in an open format (CSV, JSON, ODS…) rather than Excel or PDF."
    documentation: "Describe the files: a description per resource, a guide or a data schema."
    schema: Fix the errors the schema validation reports.
history:
  title: History of changes
  first: Publication
  none: No history is available for this dataset.
  rows_note: "Rows added and removed in CSV files are counted from the lines changed in Git: a corrected row counts as one removal and one addition."
  versions: Previous versions of the files
  versions_intro: "The last {count} versions of each file before the current one stay downloadable."
  descriptor: descriptor
  file: "{name}: {change}"
  rows_added: "{count} row(s) added"
  rows_removed: "{count} row(s) removed"
  status:
    added: added
    modified: changed
    deleted: deleted
activity:
  title: What changed
  subscribe: Subscribe to the news feed (Atom)
  dataset-published: "New dataset: {title}"
  dataset-updated: "Updated: {title}"
  reuse-added: "New reuse: {title}"
  news: "{title}"
  kind:
    dataset-published: New
    dataset-updated: Update
    reuse-added: Reuse
    news: News
feed:
  link: News feed
  title: "{portal}: what's new"
  subtitle: News, datasets published and updated, reuses.
socle:
  title: Common base of local data (SCDL)
  intro: "The common base of local data (SCDL), set by OpenDataFrance, lists the datasets local authorities are invited to publish first, each following a national schema published on schema.data.gouv.fr. A dataset of the portal counts when its descriptor, or one of its files, declares that schema."
  published_count: datasets of the common base published on this portal
  published: published
  missing: to publish
  datasets: "Published by:"
  candidates: "This dataset seems to match but does not declare the schema; add it to its descriptor (schema:) so that it counts:"
  schema: "Schema:"
  item:
    deliberations: Council decisions
    subventions: Grants
    marches-publics: Public procurement
    budget: Budget
    equipements: Public facilities
    catalogue: Data catalogue
    prenoms: Names of newborns
    menus-collectifs: School and canteen menus
    plats-menus-collectifs: Dishes of canteen menus
    adresses: Local address base
  text:
    deliberations: The decisions adopted by the council, with the detail of the votes.
    subventions: "The grants awarded: required above €23,000, recommended for all."
    marches-publics: The essential data of the public contracts the authority signs.
    budget: The budget and budget decisions, line by line.
    equipements: Public facilities, located, with their opening hours and accessibility.
    catalogue: The catalogue of the data the authority publishes.
    prenoms: The first names given to newborns, from the civil registry.
    menus-collectifs: The menus served in school and public canteens.
    plats-menus-collectifs: The composition of the dishes served, with allergens and labels.
    adresses: The certified addresses of the municipality, for the national address base.
dictionary:
  title: Data dictionary
  name: Column
  type: Type
  nulls: Missing values
  distinct: Distinct values
  range: Minimum – maximum
  examples: Examples
  about: about
  type.string: text
  type.integer: whole number
  type.number: decimal number
  type.boolean: yes / no
  type.date: date
  type.datetime: date and time
  type.any: empty
  semantic.insee-commune: INSEE commune code
  semantic.postcode: postcode
  semantic.siren: SIREN
  semantic.siret: SIRET
  semantic.email: e-mail address
  semantic.url: web address
  semantic.latitude: latitude
  semantic.longitude: longitude
  semantic.date-fr: dd/mm/yyyy
derived:
  also: Also available as
  utf8-csv: UTF-8 CSV (comma-separated)
  json-records: JSON
quote:
  open: "“"
  close: "”"
validation:
  title: "Validation of {file}"
  breadcrumb: Validation
  badge:
    valid: "Valid against the schema {schema}"
    invalid_one: "1 error against the schema {schema}"
    invalid_other: "{count} errors against the schema {schema}"
    unchecked: schema not checked
    report: see the validation report
  reason:
    not-cached: "the schema {schema} could not be read when the portal was published"
    unreadable: "the schema {schema} is missing or unreadable"
    invalid-schema: "the schema {schema} is not a valid Table Schema"
  verdict_valid: "The file {file} is valid against the schema {schema}: no error."
  verdict_invalid_one: "The file {file} has 1 error against the schema {schema}."
  verdict_invalid_other: "The file {file} has {count} errors against the schema {schema}."
  intro: "Every row of the file was checked against its declared data schema (Table Schema), as the frictionless tool does: types, formats, allowed values, required fields, uniqueness. Row 1 is the header row."
  file: File
  schema: Schema
  rows: Rows checked
  errors: Errors
  by_type: Errors by type
  type_column: Error type
  count_column: Count
  list: List of errors
  row: Row
  column: Column
  value: Value
  message: Error
  header_row: header
  column_number: "column {number}"
  omitted: "Only the first {shown} errors are listed; {more} more are not."
  keys_incomplete: "The file is too large for every value of its unique fields to be remembered: some duplicates may have escaped the check."
  back: Back to the dataset
  type:
    schema-error: Invalid schema
    field-error: Invalid schema field
    source-error: Unreadable or empty file
    extra-label: Extra column
    missing-label: Missing column
    blank-label: Column without a name
    duplicate-label: Duplicate column name
    incorrect-label: Unexpected column name
    unmatched-header: Header without a match
    blank-row: Blank row
    extra-cell: Extra cell
    missing-cell: Missing cell
    type-error: Wrong type or format
    constraint-error: Constraint not met
    unique-error: Duplicate value
    primary-key: Duplicate primary key
chart:
  column: Distribution
  values: Chart values
  count: Count
  interval: Interval
  month: Month
  year: Year
  value: Value
  histogram_title: "Histogram of “{column}”"
  histogram_desc: "{bins} intervals from {start} to {end}; the fullest, {peak}, holds {count} value(s)."
  timeline_title: "Dates of “{column}” by month"
  timeline_yearly_title: "Dates of “{column}” by year"
  timeline_desc: "From {start} to {end}; the busiest period, {peak}, holds {count} date(s)."
  top_title: "Most frequent values of “{column}”"
  top_desc: "{count} most frequent values: {list}."
  estimated: "Counts estimated from a sample of the file's rows."
  lower_bound: "Too many different values to count them all: these counts are minimums."
map:
  figure_title: "Map of “{title}”"
  summary_geojson: "{count} geographic feature(s) ({types})."
  summary_table: "{drawn} point(s) drawn for {rows} row(s)."
  type_count: "{type}: {count}"
  extent: "Extent: west {west}, south {south}, east {east}, north {north} (WGS 84 degrees)."
  capped: "To keep the page light, only the first {drawn} of {count} features are drawn ({positions} positions)."
  sampled: "The points are a random sample of {sample} of the {rows} row(s)."
  merged: "Points that fall on the same spot of the map are drawn once."
  swapped: "Latitude and longitude look swapped in the file: the map draws them the right way round."
  too_large: "No map: the file is larger than {limit}."
  invalid: "No map: this file could not be read as GeoJSON."
  empty: "No map: no position in degrees (WGS 84) to draw."
viewer:
  filter: Filter rows
  previous: Previous page
  next: Next page
  pages: Preview pages
  page: "Page {page} of {pages}"
  rows: "{count} row(s)"
  matches: "{count} row(s) contain “{query}”"
  range: "rows {first} to {last} of {count}"
  loading: Loading…
  error: "The rows could not be loaded; the preview shows the first ones."
  partial: "File too large to load whole: sorting and filtering apply to the {count} rows of the loaded page."
  sorted: "Sorted by “{column}”, {direction}"
  ascending: ascending
  descending: descending

"""#,
    "i18n/fr.yaml": #"""
# Textes de l'interface du thème par défaut, en français.
# Un portail peut remplacer ce fichier par themes/<nom>/i18n/fr.yaml.
skip_to_content: Aller au contenu
breadcrumb: Fil d'Ariane
formats: Formats
nav:
  label: Menu principal
  datasets: Jeux de données
  organizations: Organisations
  themes: Thèmes
  reuses: Réutilisations
  news: Actualités
footer:
  label: Pied de page
  catalog: Catalogue DCAT
  built_with: Publié avec
  updated: mis à jour le
search:
  label: Rechercher un jeu de données
  placeholder: "budget, arbres, cantine…"
  button: Rechercher
  results: "{count} jeu(x) de données"
  none: Aucun jeu de données ne correspond à cette recherche.
  loading: Recherche…
  error: "La recherche n'a pas pu être chargée : la liste complète reste disponible ci-dessous."
  clear: Retirer ce filtre
  sort: Trier par
  sort_relevance: pertinence
  sort_date: dernière mise à jour
  sort_title: titre
figures:
  title: Le portail en chiffres
  datasets: jeux de données
  files: fichiers
  organizations: organisations
  themes: thèmes
  reuses: réutilisations
  last_update: Dernière mise à jour des données le
home:
  title: Accueil
  featured: À la une
  latest: Mis à jour récemment
  all_datasets: Tous les jeux de données
  reuses: Réutilisations
  all_reuses: Toutes les réutilisations
  news: Actualités
  all_news: Toutes les actualités
datasets:
  title: Jeux de données
  count: jeu(x) de données
dataset:
  published_by: Publié par
  updated: mis à jour le
  themes: Thèmes
  description: Description
  resources: Fichiers et ressources
  information: Informations
  keywords: Mots-clés
  reuses: Réutilisations de ces données
  edit: Modifier ce jeu de données
meta:
  organization: Producteur
  license: Licence
  frequency: Fréquence de mise à jour
  issued: Publié le
  modified: Modifié le
  temporal: Période couverte
  spatial: Couverture géographique
  contact: Contact
  schema: Schéma de données
  identifier: Identifiant
resource:
  sha256: "Empreinte SHA-256 :"
  download: Télécharger
  open: Ouvrir
  kind.main: fichier principal
  kind.documentation: documentation
  kind.api: API
  kind.code: code
  kind.other: autre
preview:
  title: Aperçu
  rows: lignes
  columns: colonnes
  first_rows: premières lignes
  encoding: Encodage
  delimiter: séparateur
organizations:
  title: Organisations
organization:
  website: Site web
  type.commune: Commune
  type.epci: Intercommunalité (EPCI)
  type.departement: Département
  type.region: Région
  type.etat: Service de l'État
  type.association: Association
  type.entreprise: Entreprise
  type.autre: Autre organisme
themes:
  title: Thèmes
reuses:
  title: Réutilisations
  intro: Applications, visualisations et articles qui s'appuient sur les données du portail.
  propose: Proposer une réutilisation
  by_type: Réutilisations par type
  none: Aucune réutilisation n'est encore référencée.
  used_this: Vous avez réutilisé ces données ?
  types:
    application: Applications
    visualization: Visualisations
    article: Articles
    api: API
    idea: Idées
    paper: Publications scientifiques
    post: Billets
    hardware: Objets connectés
reuse:
  by: par
  visit: Voir la réutilisation
  datasets: Données utilisées
  type.application: Application
  type.visualization: Visualisation
  type.article: Article
  type.api: API
  type.idea: Idée
  type.paper: Publication scientifique
  type.post: Billet
  type.hardware: Objet connecté
news:
  title: Actualités
  all: Toutes les actualités
notfound:
  title: Page introuvable
  text: La page demandée n'existe pas ou a été déplacée.
  home: Retour à l'accueil
pager:
  label: Pagination
  previous: Page précédente
  next: Page suivante
  page_of: "Page {page} sur {pages}"
  title: "{title}, page {page}"
facet:
  label: Affiner la liste
  theme: Thèmes
  organization: Organisations
  keyword: Mots-clés
  format: Formats
  license: Licences
listing:
  title: "{facet} : {value}"
  refine: combiner avec d'autres critères
frequency:
  continuous: en continu
  daily: quotidienne
  weekly: hebdomadaire
  monthly: mensuelle
  quarterly: trimestrielle
  semiannual: semestrielle
  annual: annuelle
  irregular: irrégulière
  never: jamais mise à jour
  unknown: inconnue
quality:
  title: Qualité des données
  organization_title: "Qualité des données : {name}"
  organization_link: Qualité de ses données
  intro: "Chaque jeu de données est évalué sur les critères de qualité des métadonnées de data.gouv.fr, et sur la validité de ses fichiers au regard de leur schéma quand un schéma est déclaré. Le score est la part des critères remplis parmi ceux qui s'appliquent."
  dataset_heading: Qualité des métadonnées
  how: Comment la qualité est-elle évaluée ?
  met: critère rempli
  not_met: critère à remplir
  to_improve: À améliorer
  overdue: en retard
  overdue_short: en retard
  overdue_count: jeu(x) de données en retard
  overdue_detail: "Dernière mise à jour il y a {days} jours, alors que la fréquence « {frequency} » en permet au plus {allowed}."
  average: score moyen sur 100
  back_to_organization: Retour à la page de l'organisation
  criteria: Critères
  criterion_column: Critère
  met_by: Jeux de données qui le remplissent
  by_organization: Par organisation
  datasets: Jeux de données, du score le plus bas au plus haut
  dataset: Jeu de données
  score: Score
  criterion:
    license: Licence ouverte reconnue
    description: Description détaillée
    temporal: Période couverte renseignée
    spatial: Couverture géographique renseignée
    frequency: Fréquence de mise à jour renseignée
    updated-on-time: Mise à jour dans les temps
    open-formats: Formats ouverts
    documentation: Fichiers documentés
    schema: Fichiers conformes à leur schéma
  improve:
    license: "Choisissez une licence reconnue (etalab-2.0, odbl-1.0, cc-by-4.0…) plutôt qu'une licence maison."
    description: "Étoffez la description (au moins 100 caractères) : contenu, origine, méthode, limites."
    temporal: "Indiquez la période couverte par les données (temporal: {start, end})."
    spatial: "Indiquez le territoire couvert (spatial: nom, code INSEE ou rectangle englobant)."
    frequency: "Déclarez la fréquence de mise à jour (frequency: annual, monthly…)."
    updated-on-time: Publiez une mise à jour, ou corrigez la fréquence déclarée si elle ne correspond plus à la réalité.
    open-formats: "Publiez aussi les données dans un format ouvert (CSV, JSON, ODS…) plutôt qu'en Excel ou en PDF."
    documentation: "Décrivez les fichiers : une description par ressource, une notice ou un schéma de données."
    schema: Corrigez les erreurs signalées par la validation du schéma.
history:
  title: Historique des modifications
  first: Publication
  none: Aucun historique n'est disponible pour ce jeu de données.
  rows_note: "Les lignes ajoutées et supprimées des fichiers CSV sont comptées d'après les lignes modifiées dans Git : une ligne corrigée compte pour une suppression et un ajout."
  versions: Versions précédentes des fichiers
  versions_intro: "Les {count} dernières versions de chaque fichier avant la version actuelle restent téléchargeables."
  descriptor: fiche descriptive
  file: "{name} : {change}"
  rows_added: "{count} ligne(s) ajoutée(s)"
  rows_removed: "{count} ligne(s) supprimée(s)"
  status:
    added: ajouté
    modified: modifié
    deleted: supprimé
activity:
  title: Ce qui a changé
  subscribe: S'abonner au flux des nouveautés (Atom)
  dataset-published: "Nouveau jeu de données : {title}"
  dataset-updated: "Mise à jour : {title}"
  reuse-added: "Nouvelle réutilisation : {title}"
  news: "{title}"
  kind:
    dataset-published: Nouveau
    dataset-updated: Mise à jour
    reuse-added: Réutilisation
    news: Actualité
feed:
  link: Flux des nouveautés
  title: "{portal} : nouveautés"
  subtitle: Actualités, jeux de données publiés et mis à jour, réutilisations.
socle:
  title: Socle commun des données locales
  intro: "Le Socle commun des données locales (SCDL) liste les jeux de données que les collectivités sont invitées à publier en priorité, chacun selon un schéma national publié sur schema.data.gouv.fr. Un jeu de données du portail compte quand sa fiche, ou l'un de ses fichiers, déclare ce schéma."
  published_count: jeux du socle commun publiés sur ce portail
  published: publié
  missing: à publier
  datasets: "Publié par :"
  candidates: "Ce jeu de données semble correspondre, mais ne déclare pas le schéma ; ajoutez-le à sa fiche (schema:) pour qu'il compte :"
  schema: "Schéma :"
  item:
    deliberations: Délibérations
    subventions: Subventions
    marches-publics: Marchés publics
    budget: Budget
    equipements: Équipements collectifs
    catalogue: Catalogue des données
    prenoms: Prénoms des nouveau-nés
    menus-collectifs: Menus de la restauration collective
    plats-menus-collectifs: Plats des menus de la restauration collective
    adresses: Base adresse locale
  text:
    deliberations: Les délibérations adoptées par l'assemblée délibérante, avec le détail des votes.
    subventions: "Les subventions attribuées, obligatoires au-delà de 23 000 € et recommandées pour toutes."
    marches-publics: Les données essentielles des marchés publics conclus par la collectivité.
    budget: Le budget primitif et les décisions budgétaires, ligne à ligne.
    equipements: Les équipements publics, localisés, avec leurs horaires et leur accessibilité.
    catalogue: Le catalogue des données publiées par la collectivité.
    prenoms: Les prénoms donnés aux nouveau-nés, d'après l'état civil.
    menus-collectifs: Les menus servis dans les restaurants scolaires et collectifs.
    plats-menus-collectifs: La composition des plats servis, avec leurs allergènes et leurs labels.
    adresses: Les adresses de la commune, certifiées, pour la Base adresse nationale.
dictionary:
  title: Dictionnaire des données
  name: Colonne
  type: Type
  nulls: Valeurs manquantes
  distinct: Valeurs distinctes
  range: Minimum – maximum
  examples: Exemples
  about: environ
  type.string: texte
  type.integer: nombre entier
  type.number: nombre décimal
  type.boolean: oui / non
  type.date: date
  type.datetime: date et heure
  type.any: vide
  semantic.insee-commune: code commune INSEE
  semantic.postcode: code postal
  semantic.siren: SIREN
  semantic.siret: SIRET
  semantic.email: adresse électronique
  semantic.url: adresse web
  semantic.latitude: latitude
  semantic.longitude: longitude
  semantic.date-fr: jj/mm/aaaa
derived:
  also: Aussi disponible en
  utf8-csv: CSV UTF-8 (séparateur virgule)
  json-records: JSON
quote:
  open: "« "
  close: " »"
validation:
  title: "Validation de {file}"
  breadcrumb: Validation
  badge:
    valid: "Conforme au schéma {schema}"
    invalid_one: "1 erreur au regard du schéma {schema}"
    invalid_other: "{count} erreurs au regard du schéma {schema}"
    unchecked: schéma non vérifié
    report: voir le rapport de validation
  reason:
    not-cached: "le schéma {schema} n'a pas pu être lu lors de la publication"
    unreadable: "le schéma {schema} est introuvable ou illisible"
    invalid-schema: "le schéma {schema} n'est pas un schéma Table Schema valide"
  verdict_valid: "Le fichier {file} est conforme au schéma {schema} : aucune erreur."
  verdict_invalid_one: "Le fichier {file} contient 1 erreur au regard du schéma {schema}."
  verdict_invalid_other: "Le fichier {file} contient {count} erreurs au regard du schéma {schema}."
  intro: "Chaque ligne du fichier a été vérifiée au regard du schéma de données déclaré (Table Schema), comme le fait l'outil frictionless : types, formats, valeurs permises, champs obligatoires, unicité. La ligne 1 est la ligne d'en-tête."
  file: Fichier
  schema: Schéma
  rows: Lignes vérifiées
  errors: Erreurs
  by_type: Erreurs par type
  type_column: Type d'erreur
  count_column: Nombre
  list: Liste des erreurs
  row: Ligne
  column: Colonne
  value: Valeur
  message: Erreur
  header_row: en-tête
  column_number: "colonne {number}"
  omitted: "Seules les {shown} premières erreurs sont listées ; {more} autres ne le sont pas."
  keys_incomplete: "Le fichier est trop grand pour que toutes les valeurs des champs uniques soient retenues : des doublons peuvent avoir échappé à la vérification."
  back: Retour au jeu de données
  type:
    schema-error: Schéma invalide
    field-error: Champ du schéma invalide
    source-error: Fichier illisible ou vide
    extra-label: Colonne en trop
    missing-label: Colonne manquante
    blank-label: Colonne sans nom
    duplicate-label: Nom de colonne en double
    incorrect-label: Nom de colonne inattendu
    unmatched-header: En-tête sans correspondance
    blank-row: Ligne vide
    extra-cell: Cellule en trop
    missing-cell: Cellule manquante
    type-error: Type ou format incorrect
    constraint-error: Contrainte non respectée
    unique-error: Valeur en double
    primary-key: Clé primaire en double
chart:
  column: Répartition
  values: Valeurs du graphique
  count: Nombre
  interval: Intervalle
  month: Mois
  year: Année
  value: Valeur
  histogram_title: "Histogramme de « {column} »"
  histogram_desc: "{bins} intervalles de {start} à {end} ; le plus fourni, {peak}, compte {count} valeur(s)."
  timeline_title: "Dates de « {column} » par mois"
  timeline_yearly_title: "Dates de « {column} » par année"
  timeline_desc: "De {start} à {end} ; la période la plus fournie, {peak}, compte {count} date(s)."
  top_title: "Valeurs les plus fréquentes de « {column} »"
  top_desc: "{count} valeurs les plus fréquentes : {list}."
  estimated: "Nombres estimés à partir d'un échantillon des lignes du fichier."
  lower_bound: "Trop de valeurs différentes pour toutes les compter : ces nombres sont des minimums."
map:
  figure_title: "Carte de « {title} »"
  summary_geojson: "{count} objet(s) géographique(s) ({types})."
  summary_table: "{drawn} point(s) dessiné(s) pour {rows} ligne(s)."
  type_count: "{type} : {count}"
  extent: "Emprise : ouest {west}, sud {south}, est {east}, nord {north} (degrés WGS 84)."
  capped: "Pour que la page reste légère, seuls les {drawn} premiers objets sur {count} sont dessinés ({positions} positions)."
  sampled: "Les points sont un échantillon de {sample} ligne(s) tirées au hasard parmi {rows}."
  merged: "Les points qui tombent au même endroit de la carte ne sont dessinés qu'une fois."
  swapped: "Latitude et longitude semblent inversées dans le fichier : la carte les dessine dans le bon sens."
  too_large: "Pas de carte : le fichier dépasse {limit}."
  invalid: "Pas de carte : ce fichier n'a pas pu être lu comme du GeoJSON."
  empty: "Pas de carte : aucune position en degrés (WGS 84) à dessiner."
viewer:
  filter: Filtrer les lignes
  previous: Page précédente
  next: Page suivante
  pages: Pages de l'aperçu
  page: "Page {page} sur {pages}"
  rows: "{count} ligne(s)"
  matches: "{count} ligne(s) contiennent « {query} »"
  range: "lignes {first} à {last} sur {count}"
  loading: Chargement…
  error: "Les lignes n'ont pas pu être chargées ; l'aperçu montre les premières."
  partial: "Fichier trop grand pour être chargé en entier : le tri et le filtre s'appliquent aux {count} lignes de la page chargée."
  sorted: "Trié par « {column} », {direction}"
  ascending: ordre croissant
  descending: ordre décroissant

"""#,
    "templates/404.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap narrow">
  <h1>{{t.notfound.title}}</h1>
  <p>{{t.notfound.text}}</p>
  <p><a href="{{root}}">{{t.notfound.home}}</a> · <a href="{{root}}datasets/">{{t.datasets.title}}</a></p>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/column-chart.mustache": #"""
<figure class="chart-figure">{{{svg_html}}}</figure>
<details class="chart-values">
  <summary>{{t.chart.values}}<span class="visually-hidden"> : {{chart_title}}</span></summary>
  <table>
    <caption class="visually-hidden">{{chart_title}}</caption>
    <thead><tr><th scope="col">{{label_header}}</th><th scope="col">{{t.chart.count}}</th></tr></thead>
    <tbody>{{#bars}}<tr><td>{{bar_label}}</td><td class="number">{{bar_count}}</td></tr>{{/bars}}</tbody>
  </table>
  {{#chart_notes}}<p class="chart-note">{{.}}</p>{{/chart_notes}}
</details>

"""#,
    "templates/data-dictionary.mustache": #"""
<details class="dictionary">
  <summary>{{t.dictionary.title}}</summary>
  <div class="table-scroll" role="region" aria-label="{{t.dictionary.title}} : {{caption}}" tabindex="0">
    <table>
      <caption>{{t.dictionary.title}} — {{caption}}</caption>
      <thead><tr><th scope="col">{{t.dictionary.name}}</th><th scope="col">{{t.dictionary.type}}</th><th scope="col">{{t.dictionary.nulls}}</th><th scope="col">{{t.dictionary.distinct}}</th><th scope="col">{{t.dictionary.range}}</th><th scope="col">{{t.dictionary.examples}}</th>{{#has_charts}}<th scope="col">{{t.chart.column}}</th>{{/has_charts}}</tr></thead>
      <tbody>
      {{#fields}}<tr><th scope="row">{{name}}</th><td>{{type}}</td><td class="number">{{nulls}}</td><td class="number">{{distinct}}</td><td>{{range}}</td><td>{{examples}}</td>{{#has_charts}}<td class="chart-cell">{{#chart}}{{> column-chart}}{{/chart}}</td>{{/has_charts}}</tr>
      {{/fields}}
      </tbody>
    </table>
  </div>
</details>

"""#,
    "templates/dataset-card.mustache": #"""
<li class="card">
  <h3 class="card-title"><a href="{{url}}">{{title}}</a></h3>
  <p class="card-meta">{{organization}}{{#modified}} · <time datetime="{{modified_iso}}">{{modified}}</time>{{/modified}}{{#overdue}} <span class="badge badge-late">{{t.quality.overdue}}</span>{{/overdue}}</p>
  {{#summary}}<p class="card-summary">{{summary}}</p>{{/summary}}
  {{#has_formats}}<ul class="formats" aria-label="{{t.formats}}">{{#formats}}<li class="format">{{.}}</li>{{/formats}}</ul>{{/has_formats}}
</li>

"""#,
    "templates/dataset-upkeep.mustache": #"""
    {{#propose_reuse_url}}<p class="propose-reuse">{{t.reuses.used_this}} <a href="{{propose_reuse_url}}">{{t.reuses.propose}}</a></p>{{/propose_reuse_url}}
    <section class="quality-box" aria-labelledby="qualite">
      <h2 id="qualite">{{t.quality.dataset_heading}}</h2>
      {{#quality}}
      <p class="score score-{{level}}"><strong>{{score}}</strong><span> / 100</span></p>
      <ul class="checks">
        {{#checks}}<li class="{{#passed}}check-ok{{/passed}}{{^passed}}check-todo{{/passed}}"><span class="visually-hidden">{{#passed}}{{t.quality.met}}{{/passed}}{{^passed}}{{t.quality.not_met}}{{/passed}} : </span>{{label}}</li>
        {{/checks}}
      </ul>
      {{#has_to_improve}}
      <h3>{{t.quality.to_improve}}</h3>
      <ul class="to-improve">{{#to_improve}}<li>{{.}}</li>{{/to_improve}}</ul>
      {{/has_to_improve}}
      {{/quality}}
      {{#overdue_text}}<p class="overdue-note"><span class="badge badge-late">{{t.quality.overdue}}</span> {{overdue_text}}</p>{{/overdue_text}}
      <p class="more-link"><a href="{{quality.portal_url}}">{{t.quality.how}}</a></p>
    </section>
    <section aria-labelledby="historique">
      <h2 id="historique">{{t.history.title}}</h2>
      {{#has_history}}
      <ol class="history">
        {{#history}}
        <li>
          <p class="history-head"><time datetime="{{date_iso}}">{{date}}</time> — {{#is_first}}<strong>{{t.history.first}}</strong> · {{/is_first}}{{message}}{{#commit_url}} <a class="commit" href="{{commit_url}}">{{commit}}</a>{{/commit_url}}{{^commit_url}} <code class="commit">{{commit}}</code>{{/commit_url}}</p>
          <ul class="history-files">{{#files}}<li>{{.}}</li>{{/files}}</ul>
        </li>
        {{/history}}
      </ol>
      <p class="history-note">{{t.history.rows_note}}</p>
      {{/has_history}}
      {{^has_history}}<p>{{t.history.none}}</p>{{/has_history}}
      {{#has_versions}}
      <h3 id="versions">{{t.history.versions}}</h3>
      <p>{{versions_intro}}</p>
      <ul class="versions">
        {{#versions}}
        <li><span class="version-file">{{title}}</span>
          <ul>{{#items}}<li><a href="{{url}}" download><time datetime="{{date_iso}}">{{date}}</time></a> · {{size}} · <span class="version-message">{{message}}</span></li>{{/items}}</ul>
        </li>
        {{/versions}}
      </ul>
      {{/has_versions}}
    </section>

"""#,
    "templates/dataset.mustache": ##"""
{{<layout}}
{{! Table viewer (kiosque-table.js): loaded only when a table has one (its JSON pages, or its rows all in the page). }}
{{$head}}{{#viewer_script}}<script src="{{viewer_script}}" defer></script>{{/viewer_script}}
{{/head}}
{{$content}}
{{#dataset}}
<div class="wrap">
  <nav class="breadcrumb" aria-label="{{t.breadcrumb}}"><ol><li><a href="{{root}}">{{t.home.title}}</a></li><li><a href="{{root}}datasets/">{{t.datasets.title}}</a></li><li aria-current="page">{{title}}</li></ol></nav>
  <article class="dataset">
    <header>
      <h1>{{title}}</h1>
      <p class="dataset-byline">{{t.dataset.published_by}} <a href="{{organization_url}}">{{organization}}</a>{{#modified}} · {{t.dataset.updated}} <time datetime="{{modified_iso}}">{{modified}}</time>{{/modified}}{{#overdue}} <a class="badge badge-late" href="#qualite">{{t.quality.overdue}}</a>{{/overdue}}</p>
      {{#has_themes}}<ul class="tags" aria-label="{{t.dataset.themes}}">{{#themes}}<li><a href="{{url}}">{{label}}</a></li>{{/themes}}</ul>{{/has_themes}}
    </header>
    <section class="description" aria-labelledby="description">
      <h2 id="description">{{t.dataset.description}}</h2>
      {{{description_html}}}
    </section>
    <section aria-labelledby="ressources">
      <h2 id="ressources">{{t.dataset.resources}}</h2>
      <ul class="resources">
      {{#resources}}
        <li class="resource" id="{{anchor}}">
          <h3>{{title}}</h3>
          <p class="resource-meta"><span class="format">{{format}}</span>{{#size}} · {{size}}{{/size}} · {{kind}}</p>
          {{#validation}}<p class="validation-badge"><span class="badge badge-{{state}}">{{#url}}<a href="{{url}}">{{label}}<span class="visually-hidden"> : {{link_label}}</span></a>{{/url}}{{^url}}{{label}}{{/url}}</span>{{#reason}} <span class="validation-reason">{{reason}}</span>{{/reason}}</p>{{/validation}}
          {{{description_html}}}
          {{#sha256}}<p class="checksum">{{t.resource.sha256}} <code>{{sha256}}</code></p>{{/sha256}}
          <p><a class="download" href="{{url}}"{{^is_remote}} download{{/is_remote}}>{{#is_remote}}{{t.resource.open}}{{/is_remote}}{{^is_remote}}{{t.resource.download}}{{/is_remote}}<span class="visually-hidden"> {{title}}</span></a></p>
          {{#preview}}
          <details class="preview" open>
            <summary>{{t.preview.title}} ({{shown}} / {{row_count}} {{t.preview.rows}}, {{column_count}} {{t.preview.columns}})</summary>
            {{! Table viewer: controls that kiosque-table.js shows; hidden and inert without JavaScript. }}
            {{#viewer}}
            <div class="table-viewer" hidden{{#index_url}} data-index="{{index_url}}" data-max-pages="{{max_pages}}"{{/index_url}}{{^index_url}} data-types="{{types}}"{{/index_url}} data-view-size="{{view_size}}" data-lang="{{lang}}"
                 data-t-filter="{{t.viewer.filter}}" data-t-previous="{{t.viewer.previous}}" data-t-next="{{t.viewer.next}}"
                 data-t-page="{{t.viewer.page}}" data-t-rows="{{t.viewer.rows}}" data-t-matches="{{t.viewer.matches}}"
                 data-t-loading="{{t.viewer.loading}}" data-t-error="{{t.viewer.error}}" data-t-partial="{{t.viewer.partial}}"
                 data-t-sorted="{{t.viewer.sorted}}" data-t-ascending="{{t.viewer.ascending}}" data-t-descending="{{t.viewer.descending}}"
                 data-t-pages="{{t.viewer.pages}}" data-t-range="{{t.viewer.range}}"></div>
            {{/viewer}}
            <div class="table-scroll" role="region" aria-label="{{t.preview.title}} : {{caption}}" tabindex="0">
              <table>
                <caption>{{caption}} — {{t.preview.first_rows}}</caption>
                <thead><tr>{{#header}}<th scope="col">{{.}}</th>{{/header}}</tr></thead>
                <tbody>
                {{#rows}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
                {{/rows}}
                </tbody>
              </table>
            </div>
            <p class="preview-note">{{t.preview.encoding}} {{encoding}} · {{t.preview.delimiter}} {{t.quote.open}}{{delimiter}}{{t.quote.close}}</p>
          </details>
          {{/preview}}
          {{! Map of a GeoJSON file or of a table's latitude and longitude, drawn at build time. }}
          {{#map}}
          {{#has_drawing}}<figure class="map">
            {{{svg_html}}}
            <figcaption>{{map_summary}}</figcaption>
          </figure>{{/has_drawing}}
          {{#map_notes}}<p class="map-note">{{.}}</p>{{/map_notes}}
          {{/map}}
          {{#has_derived}}<p class="derived">{{t.derived.also}} {{#derived}}<a href="{{url}}" download>{{label}}<span class="visually-hidden"> ({{file_name}})</span></a>{{^last}} · {{/last}}{{/derived}}</p>{{/has_derived}}
          {{#dictionary}}{{> data-dictionary}}{{/dictionary}}
        </li>
      {{/resources}}
      </ul>
    </section>
    <section aria-labelledby="informations">
      <h2 id="informations">{{t.dataset.information}}</h2>
      <table class="metadata">
        <caption class="visually-hidden">{{t.dataset.information}}</caption>
        <tbody>
        {{#metadata}}<tr><th scope="row">{{label}}</th><td>{{#has_url}}<a href="{{url}}">{{value}}</a>{{/has_url}}{{^has_url}}{{value}}{{/has_url}}</td></tr>
        {{/metadata}}
        </tbody>
      </table>
      {{#has_keywords}}<h3>{{t.dataset.keywords}}</h3><ul class="tags">{{#keywords}}<li>{{.}}</li>{{/keywords}}</ul>{{/has_keywords}}
    </section>
    {{#has_reuses}}
    <section aria-labelledby="reutilisations">
      <h2 id="reutilisations">{{t.dataset.reuses}}</h2>
      <ul class="cards">{{#reuses}}{{> reuse-card}}{{/reuses}}</ul>
    </section>
    {{/has_reuses}}
    {{> dataset-upkeep}}
    {{#edit_url}}<p class="edit"><a href="{{edit_url}}">{{t.dataset.edit}}</a></p>{{/edit_url}}
  </article>
</div>
{{/dataset}}
{{/content}}
{{/layout}}

"""##,
    "templates/datasets.mustache": #"""
{{<layout}}
{{$head}}<script src="{{search_script}}" defer></script>
{{/head}}
{{$content}}
<div class="wrap">
  <h1>{{t.datasets.title}}</h1>
  <form class="search-form dataset-search" action="{{root}}datasets/" method="get" role="search" data-search-index="{{search_index}}" data-root="{{root}}"
        data-t-results="{{t.search.results}}" data-t-none="{{t.search.none}}" data-t-loading="{{t.search.loading}}" data-t-error="{{t.search.error}}"
        data-t-previous="{{t.pager.previous}}" data-t-next="{{t.pager.next}}" data-t-page="{{t.pager.page_of}}" data-t-clear="{{t.search.clear}}"
        data-t-formats="{{t.formats}}" data-t-pagination="{{t.pager.label}}">
    <label for="q">{{t.search.label}}</label>
    <input id="q" name="q" type="search" placeholder="{{t.search.placeholder}}" autocomplete="off">
    <label class="search-sort" for="sort" hidden>{{t.search.sort}}
      <select id="sort" name="sort">
        <option value="">{{t.search.sort_relevance}}</option>
        <option value="date">{{t.search.sort_date}}</option>
        <option value="title">{{t.search.sort_title}}</option>
      </select>
    </label>
    <button type="submit">{{t.search.button}}</button>
  </form>
  <p class="count" id="search-status" aria-live="polite">{{count}} {{t.datasets.count}}</p>
  <div class="listing{{#is_first_page}} with-facets{{/is_first_page}}">
    {{#is_first_page}}
    <aside class="facets" aria-label="{{t.facet.label}}" id="search-facets">
      <h2 class="visually-hidden">{{t.facet.label}}</h2>
      {{#facet_groups}}
      <details class="facet" data-facet="{{name}}"{{#open}} open{{/open}}>
        <summary>{{label}}</summary>
        <ul>
          {{#values}}<li><a href="{{url}}" data-key="{{key}}">{{label}}</a> <span class="facet-count">{{count}}</span></li>
          {{/values}}
        </ul>
      </details>
      {{/facet_groups}}
    </aside>
    {{/is_first_page}}
    <div class="results">
      <ul class="cards" id="search-results">{{#datasets}}{{> dataset-card}}{{/datasets}}</ul>
      {{> pager}}
    </div>
  </div>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/home.mustache": #"""
{{<layout}}
{{$content}}
<section class="hero">
  <div class="wrap">
    <h1>{{portal.title}}</h1>
    <div class="lead">{{{portal.description_html}}}</div>
    <form class="search-form" action="{{root}}datasets/" method="get" role="search">
      <label for="q">{{t.search.label}}</label>
      <input id="q" name="q" type="search" placeholder="{{t.search.placeholder}}">
      <button type="submit">{{t.search.button}}</button>
    </form>
  </div>
</section>
<div class="wrap">
  <section aria-labelledby="chiffres">
    <h2 id="chiffres" class="visually-hidden">{{t.figures.title}}</h2>
    <ul class="figures">
      {{#figures}}<li><a href="{{url}}"><strong>{{value}}</strong> <span>{{label}}</span></a></li>
      {{/figures}}
    </ul>
    {{#last_update}}<p class="last-update">{{t.figures.last_update}} {{last_update}}</p>{{/last_update}}
    <p class="upkeep-links"><a href="{{quality_url}}">{{t.quality.title}}</a> · <a href="{{socle_url}}">{{t.socle.title}}</a> · <a href="{{feed_url}}">{{t.feed.link}}</a></p>
  </section>
  {{#has_events}}
  <section aria-labelledby="nouveautes">
    <h2 id="nouveautes">{{t.activity.title}}</h2>
    <ol class="events">
      {{#events}}<li class="event event-{{kind}}"><span class="event-kind">{{kind_label}}</span> <a href="{{url}}">{{name}}</a> <time datetime="{{date_iso}}">{{date}}</time>{{#has_details}}<ul class="event-files">{{#details}}<li>{{.}}</li>{{/details}}</ul>{{/has_details}}</li>
      {{/events}}
    </ol>
    <p><a class="more feed-link" href="{{feed_url}}" type="application/atom+xml">{{t.activity.subscribe}}</a></p>
  </section>
  {{/has_events}}
  {{#has_featured}}
  <section aria-labelledby="a-la-une">
    <h2 id="a-la-une">{{t.home.featured}}</h2>
    <ul class="cards">{{#featured}}{{> dataset-card}}{{/featured}}</ul>
  </section>
  {{/has_featured}}
  <section aria-labelledby="recents">
    <h2 id="recents">{{t.home.latest}}</h2>
    <ul class="cards">{{#latest}}{{> dataset-card}}{{/latest}}</ul>
    <p><a class="more" href="{{root}}datasets/">{{t.home.all_datasets}}</a></p>
  </section>
  {{#has_reuses}}
  <section aria-labelledby="reutilisations">
    <h2 id="reutilisations">{{t.home.reuses}}</h2>
    <ul class="cards">{{#reuses}}{{> reuse-card}}{{/reuses}}</ul>
    <p><a class="more" href="{{root}}reuses/">{{t.home.all_reuses}}</a></p>
  </section>
  {{/has_reuses}}
  {{#has_news}}
  <section aria-labelledby="actualites">
    <h2 id="actualites">{{t.home.news}}</h2>
    <ul class="news-list">{{#news}}<li><a href="{{url}}">{{title}}</a> <time datetime="{{date_iso}}">{{date}}</time><p>{{summary}}</p></li>{{/news}}</ul>
    <p><a class="more" href="{{root}}news/">{{t.home.all_news}}</a></p>
  </section>
  {{/has_news}}
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/layout.mustache": ##"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; frame-src 'none'; worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{page_title}}</title>
<meta name="description" content="{{meta_description}}">
<meta name="generator" content="{{generator}}">
{{#canonical}}<link rel="canonical" href="{{canonical}}">
{{/canonical}}
<link rel="stylesheet" href="{{root}}theme/kiosque.css">
<link rel="icon" href="{{#portal.logo}}{{portal.logo}}{{/portal.logo}}{{^portal.logo}}{{root}}theme/favicon.svg{{/portal.logo}}">
<link rel="alternate" type="application/atom+xml" title="{{t.feed.link}}" href="{{root}}feed.atom">
{{#has_feeds}}
<link rel="alternate" type="application/ld+json" title="DCAT-AP (JSON-LD)" href="{{root}}catalog.jsonld">
<link rel="alternate" type="text/turtle" title="DCAT-AP (Turtle)" href="{{root}}catalog.ttl">
<link rel="alternate" type="application/rdf+xml" title="DCAT-AP (RDF/XML)" href="{{root}}catalog.rdf">
<link rel="alternate" type="application/json" title="DCAT-US (data.json)" href="{{root}}data.json">
{{/has_feeds}}
{{{structured_data_html}}}
{{$head}}{{/head}}
</head>
<body class="page-{{section}}">
<a class="skip-link" href="#contenu">{{t.skip_to_content}}</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="brand" href="{{root}}">{{#portal.logo}}<img src="{{portal.logo}}" alt="" width="40" height="40"> {{/portal.logo}}<span>{{portal.title}}</span></a>
    <nav class="site-nav" aria-label="{{t.nav.label}}">
      <ul>
        {{#nav}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
        {{/nav}}
      </ul>
    </nav>
  </div>
</header>
<main id="contenu" tabindex="-1">
{{$content}}{{/content}}
</main>
<footer class="site-footer">
  <div class="wrap">
    {{{portal.footer_html}}}
    <nav aria-label="{{t.footer.label}}">
      <ul class="footer-links">
        {{#pages}}<li><a href="{{url}}">{{title}}</a></li>
        {{/pages}}
        <li><a href="{{root}}quality/">{{t.quality.title}}</a></li>
        <li><a href="{{root}}socle-commun/">{{t.socle.title}}</a></li>
        <li><a href="{{root}}feed.atom">{{t.feed.link}}</a></li>
        {{#has_feeds}}<li><a href="{{root}}catalog.jsonld">{{t.footer.catalog}}</a></li>{{/has_feeds}}
      </ul>
    </nav>
    <p class="build-info">{{t.footer.built_with}} {{generator}} · {{t.footer.updated}} <time datetime="{{build_date_iso}}">{{build_date}}</time></p>
  </div>
</footer>
</body>
</html>

"""##,
    "templates/listing.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  {{#listing}}
  <nav class="breadcrumb" aria-label="{{t.breadcrumb}}"><ol><li><a href="{{root}}">{{t.home.title}}</a></li><li><a href="{{root}}datasets/">{{t.datasets.title}}</a></li><li aria-current="page">{{facet}}</li></ol></nav>
  <h1>{{title}}</h1>
  <p class="count">{{count}} {{t.datasets.count}} · <a href="{{search_url}}">{{t.listing.refine}}</a></p>
  {{/listing}}
  <ul class="cards">{{#datasets}}{{> dataset-card}}{{/datasets}}</ul>
  {{> pager}}
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/news.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{t.news.title}}</h1>
  <ul class="news-list">
  {{#posts}}<li><h2><a href="{{url}}">{{title}}</a></h2><time datetime="{{date_iso}}">{{date}}</time><p>{{summary}}</p></li>
  {{/posts}}
  </ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/organization.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  {{#organization}}
  <header class="org-header">
    {{#logo}}<img class="org-logo" src="{{logo}}" alt="" width="72" height="72">{{/logo}}
    <h1>{{title}}</h1>
    {{#type}}<p class="card-meta">{{type}}{{#siren}} · SIREN {{siren}}{{/siren}}</p>{{/type}}
  </header>
  {{{description_html}}}
  <ul class="org-links">
    {{#url}}<li><a href="{{url}}">{{t.organization.website}}</a></li>{{/url}}
    {{#email}}<li><a href="mailto:{{email}}">{{email}}</a></li>{{/email}}
    <li><a href="quality/">{{t.quality.organization_link}}</a></li>
  </ul>
  {{/organization}}
  <h2>{{t.datasets.title}} ({{count}})</h2>
  <ul class="cards">{{#datasets}}{{> dataset-card}}{{/datasets}}</ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/organizations.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{t.organizations.title}}</h1>
  <ul class="cards">
  {{#organizations}}
    <li class="card">
      {{#logo}}<img class="org-logo" src="{{logo}}" alt="" width="48" height="48">{{/logo}}
      <h2 class="card-title"><a href="{{url}}">{{title}}</a></h2>
      <p class="card-meta">{{count}} {{t.datasets.count}}</p>
      {{#summary}}<p class="card-summary">{{summary}}</p>{{/summary}}
    </li>
  {{/organizations}}
  </ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/page.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap narrow">
  {{#page}}
  <article class="page">
    <h1>{{title}}</h1>
    {{{body_html}}}
  </article>
  {{/page}}
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/pager.mustache": #"""
{{#pager.show}}
<nav class="pager" aria-label="{{t.pager.label}}" id="search-pager">
  <ul>
    {{#pager.previous_url}}<li><a href="{{pager.previous_url}}" rel="prev">{{t.pager.previous}}</a></li>{{/pager.previous_url}}
    {{#pager.items}}{{#gap}}<li class="gap" aria-hidden="true">…</li>{{/gap}}{{^gap}}<li>{{#current}}<a aria-current="page" href="{{url}}">{{number}}</a>{{/current}}{{^current}}<a href="{{url}}">{{number}}</a>{{/current}}</li>{{/gap}}
    {{/pager.items}}
    {{#pager.next_url}}<li><a href="{{pager.next_url}}" rel="next">{{t.pager.next}}</a></li>{{/pager.next_url}}
  </ul>
</nav>
{{/pager.show}}

"""#,
    "templates/post.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap narrow">
  {{#post}}
  <article class="post">
    <h1>{{title}}</h1>
    <p class="card-meta"><time datetime="{{date_iso}}">{{date}}</time></p>
    {{#image}}<img class="post-image" src="{{image}}" alt="">{{/image}}
    {{{body_html}}}
  </article>
  {{/post}}
  <p><a href="{{root}}news/">{{t.news.all}}</a></p>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/quality.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  {{#quality_page}}
  <nav class="breadcrumb" aria-label="{{t.breadcrumb}}"><ol><li><a href="{{root}}">{{t.home.title}}</a></li>{{^is_portal}}<li><a href="{{root}}quality/">{{t.quality.title}}</a></li>{{/is_portal}}<li aria-current="page">{{title}}</li></ol></nav>
  <h1>{{title}}</h1>
  <p class="lead">{{t.quality.intro}}</p>
  <ul class="figures">
    <li><span class="figure"><strong class="score-{{level}}">{{average}}</strong> <span>{{t.quality.average}}</span></span></li>
    <li><span class="figure"><strong>{{dataset_count}}</strong> <span>{{t.figures.datasets}}</span></span></li>
    <li><span class="figure"><strong>{{overdue}}</strong> <span>{{t.quality.overdue_count}}</span></span></li>
  </ul>
  {{^is_portal}}<p><a href="{{organization_url}}">{{t.quality.back_to_organization}}</a></p>{{/is_portal}}
  <h2>{{t.quality.criteria}}</h2>
  <div class="table-scroll" role="region" aria-label="{{t.quality.criteria}}" tabindex="0">
  <table class="quality-table">
    <thead><tr><th scope="col">{{t.quality.criterion_column}}</th><th scope="col">{{t.quality.met_by}}</th><th scope="col">%</th></tr></thead>
    <tbody>
    {{#criteria}}<tr><th scope="row">{{label}}</th><td>{{passed}} / {{applicable}}</td><td><meter min="0" max="100" value="{{percent}}">{{percent}} %</meter> {{percent}}</td></tr>
    {{/criteria}}
    </tbody>
  </table>
  </div>
  {{#has_organizations}}
  <h2>{{t.quality.by_organization}}</h2>
  <ul class="theme-list">
    {{#organizations}}<li><a href="{{url}}">{{name}}</a> <span class="score-{{level}}">{{average}} / 100</span> <span class="count">({{count}} {{t.datasets.count}}{{#overdue_count}}, {{overdue_count}} {{t.quality.overdue_short}}{{/overdue_count}})</span></li>
    {{/organizations}}
  </ul>
  {{/has_organizations}}
  <h2>{{t.quality.datasets}}</h2>
  <div class="table-scroll" role="region" aria-label="{{t.quality.datasets}}" tabindex="0">
  <table class="quality-table">
    <thead><tr><th scope="col">{{t.quality.dataset}}</th><th scope="col">{{t.meta.organization}}</th><th scope="col">{{t.quality.score}}</th><th scope="col">{{t.quality.to_improve}}</th></tr></thead>
    <tbody>
    {{#datasets}}<tr><th scope="row"><a href="{{url}}">{{title}}</a>{{#overdue}} <span class="badge badge-late">{{t.quality.overdue}}</span>{{/overdue}}</th><td>{{organization}}</td><td class="score-{{level}}">{{score}}</td><td>{{#to_improve}}<span class="tag-todo">{{.}}</span> {{/to_improve}}</td></tr>
    {{/datasets}}
    </tbody>
  </table>
  </div>
  {{/quality_page}}
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/reuse-card.mustache": #"""
<li class="card reuse-card">
  {{#image}}<img class="reuse-image" src="{{image}}" alt="" loading="lazy">{{/image}}
  <h3 class="card-title"><a href="{{url}}">{{title}}</a></h3>
  <p class="card-meta">{{type}}{{#author}} · {{author}}{{/author}}</p>
  {{#summary}}<p class="card-summary">{{summary}}</p>{{/summary}}
</li>

"""#,
    "templates/reuse.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  {{#reuse}}
  <article class="reuse">
    <h1>{{title}}</h1>
    <p class="card-meta">{{type}}{{#author}} · {{t.reuse.by}} {{#author_url}}<a href="{{author_url}}">{{author}}</a>{{/author_url}}{{^author_url}}{{author}}{{/author_url}}{{/author}}{{#date}} · {{date}}{{/date}}</p>
    {{#image}}<img class="reuse-hero" src="{{image}}" alt="">{{/image}}
    {{{description_html}}}
    {{#external_url}}<p><a class="button" href="{{external_url}}">{{t.reuse.visit}}</a></p>{{/external_url}}
  </article>
  {{/reuse}}
  <h2>{{t.reuse.datasets}}</h2>
  <ul class="cards">{{#datasets}}{{> dataset-card}}{{/datasets}}</ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/reuses.mustache": ##"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{t.reuses.title}}</h1>
  <p>{{t.reuses.intro}}</p>
  {{#has_several_types}}
  <nav class="type-nav" aria-label="{{t.reuses.by_type}}">
    <ul>{{#reuse_sections}}<li><a href="#{{anchor}}">{{label}} <span class="count">({{count}})</span></a></li>{{/reuse_sections}}</ul>
  </nav>
  {{/has_several_types}}
  {{#reuse_sections}}
  <section class="reuse-type" id="{{anchor}}" aria-labelledby="{{anchor}}-title">
    <h2 id="{{anchor}}-title">{{label}} <span class="count">({{count}})</span></h2>
    <ul class="cards">{{#reuses}}{{> reuse-card}}{{/reuses}}</ul>
  </section>
  {{/reuse_sections}}
  {{^reuse_sections}}<p>{{t.reuses.none}}</p>{{/reuse_sections}}
  {{#propose_url}}<p class="propose"><a class="button" href="{{propose_url}}">{{t.reuses.propose}}</a></p>{{/propose_url}}
</div>
{{/content}}
{{/layout}}

"""##,
    "templates/socle.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <nav class="breadcrumb" aria-label="{{t.breadcrumb}}"><ol><li><a href="{{root}}">{{t.home.title}}</a></li><li aria-current="page">{{t.socle.title}}</li></ol></nav>
  <h1>{{t.socle.title}}</h1>
  <p class="lead">{{t.socle.intro}}</p>
  {{#socle}}
  <p class="count"><strong>{{published}}</strong> / {{total}} {{t.socle.published_count}}</p>
  <ul class="socle-list">
    {{#items}}
    <li class="socle-item {{#published}}is-published{{/published}}{{^published}}is-missing{{/published}}">
      <h2>{{label}} <span class="badge {{#published}}badge-ok{{/published}}{{^published}}badge-missing{{/published}}">{{#published}}{{t.socle.published}}{{/published}}{{^published}}{{t.socle.missing}}{{/published}}</span></h2>
      <p>{{text}}</p>
      {{#published}}<p>{{t.socle.datasets}} {{#datasets}}<a href="{{url}}">{{title}}</a> {{/datasets}}</p>{{/published}}
      {{#has_candidates}}<p class="hint">{{t.socle.candidates}} {{#candidates}}<a href="{{url}}">{{title}}</a> {{/candidates}}</p>{{/has_candidates}}
      <p class="schema-link">{{t.socle.schema}} <a href="{{schema_url}}"><code>{{schema}}</code></a></p>
    </li>
    {{/items}}
  </ul>
  {{/socle}}
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/theme.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{theme.title}}</h1>
  <p class="count">{{count}} {{t.datasets.count}}</p>
  <ul class="cards">{{#datasets}}{{> dataset-card}}{{/datasets}}</ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/themes.mustache": #"""
{{<layout}}
{{$content}}
<div class="wrap">
  <h1>{{t.themes.title}}</h1>
  <ul class="theme-list">
  {{#themes}}<li><a href="{{url}}">{{title}}</a> <span class="count">({{count}})</span></li>
  {{/themes}}
  </ul>
</div>
{{/content}}
{{/layout}}

"""#,
    "templates/validation.mustache": #"""
{{<layout}}
{{$content}}
{{#report}}
<div class="wrap">
  <nav class="breadcrumb" aria-label="{{t.breadcrumb}}"><ol><li><a href="{{root}}">{{t.home.title}}</a></li><li><a href="{{root}}datasets/">{{t.datasets.title}}</a></li><li><a href="{{dataset_url}}">{{dataset_title}}</a></li><li aria-current="page">{{t.validation.breadcrumb}}</li></ol></nav>
  <article class="validation-report">
    <h1>{{title}}</h1>
    <p class="lead validation-verdict {{#valid}}validation-valid{{/valid}}{{^valid}}validation-invalid{{/valid}}">{{verdict}}</p>
    <p>{{t.validation.intro}}</p>
    <table class="metadata">
      <caption class="visually-hidden">{{title}}</caption>
      <tbody>
        <tr><th scope="row">{{t.validation.file}}</th><td><a href="{{file_url}}" download>{{file_name}}</a></td></tr>
        <tr><th scope="row">{{t.validation.schema}}</th><td>{{#schema_url}}<a href="{{schema_url}}">{{schema}}</a>{{/schema_url}}{{^schema_url}}{{schema}}{{/schema_url}}</td></tr>
        <tr><th scope="row">{{t.validation.rows}}</th><td>{{rows}}</td></tr>
        <tr><th scope="row">{{t.validation.errors}}</th><td>{{errors}}</td></tr>
      </tbody>
    </table>
    {{#has_issues}}
    <section aria-labelledby="par-type">
      <h2 id="par-type">{{t.validation.by_type}}</h2>
      <table class="validation-counts">
        <caption class="visually-hidden">{{t.validation.by_type}}</caption>
        <thead><tr><th scope="col">{{t.validation.type_column}}</th><th scope="col">{{t.validation.count_column}}</th></tr></thead>
        <tbody>
        {{#counts}}<tr><th scope="row">{{label}} <code>{{type}}</code></th><td>{{count}}</td></tr>
        {{/counts}}
        </tbody>
      </table>
    </section>
    <section aria-labelledby="erreurs">
      <h2 id="erreurs">{{t.validation.list}}</h2>
      {{#omitted}}<p class="validation-omitted">{{omitted}}</p>{{/omitted}}
      <div class="table-scroll" role="region" aria-label="{{t.validation.list}}" tabindex="0">
        <table class="validation-errors">
          <caption class="visually-hidden">{{t.validation.list}} — {{file_name}}</caption>
          <thead><tr><th scope="col">{{t.validation.row}}</th><th scope="col">{{t.validation.column}}</th><th scope="col">{{t.validation.value}}</th><th scope="col">{{t.validation.message}}</th></tr></thead>
          <tbody>
          {{#issues}}<tr><th scope="row">{{row}}</th><td>{{column}}</td><td>{{#has_value}}<code>{{value}}</code>{{/has_value}}</td><td>{{message}} <span class="validation-type">({{type}})</span></td></tr>
          {{/issues}}
          </tbody>
        </table>
      </div>
    </section>
    {{/has_issues}}
    {{#keys_incomplete}}<p class="validation-note">{{t.validation.keys_incomplete}}</p>{{/keys_incomplete}}
    <p><a href="{{resource_url}}">{{t.validation.back}}</a></p>
  </article>
</div>
{{/report}}
{{/content}}
{{/layout}}

"""#,
]
