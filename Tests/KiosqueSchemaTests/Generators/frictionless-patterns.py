"""Python's answers for `pattern` constraints, for PythonPatternCases.swift.

    ~/.cache/open-data-conformance/rdf/bin/python frictionless-patterns.py > patterns.json

Each case is [pattern, text, bool(re.compile("^" + pattern + "$").match(text))], or null when
Python refuses the pattern — what frictionless checks for `pattern`.
"""
import json, glob, csv, io, re, sys, random
random.seed(3)
corpus = "/work/shared/corpus/"
patterns = {}
for path in sorted(glob.glob(corpus + "scdl/*/*.json") + glob.glob(corpus + "table-schemas/*/schema.json")):
    for f in json.load(open(path, encoding="utf-8")).get("fields", []):
        p = f.get("constraints", {}).get("pattern")
        if isinstance(p, str): patterns.setdefault(p, set()).add(f["name"])
values_by_field = {}
for path in sorted(glob.glob(corpus + "scdl/*/*.csv") + glob.glob(corpus + "table-schemas/*/*.csv") + glob.glob(corpus + "real-csv/*.csv")):
    raw = open(path, "rb").read()
    try: text = raw.decode("utf-8-sig")
    except UnicodeDecodeError: text = raw.decode("cp1252", errors="replace")
    dialect = ";" if text.split("\n")[0].count(";") > text.split("\n")[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=dialect))
    if not rows: continue
    for row in rows[1:]:
        for name, value in zip(rows[0], row):
            values_by_field.setdefault(name.strip(), set()).add(value)
generic = ["", "a", "A", "0", "12345", "1234567890123", "12345678901234", "W123456789", "2A004", "75056", "2019-01-01",
           "2019-01-01/2019-12-31", "abc def", "Le Mans", "é", "\n", "x\n", "12345\n", "FR-12", "https://x.fr", "a@b.fr"]
synthetic = ["a|b", "(a|ab)(c|bcd)(d*)", "a*?b", "a{2,3}", "a{,2}b", "a{2}", "x{", "[\\d-]+", "[^0-9]+", "\\w+", "\\bfoo\\b.*",
             "(?:ab)+", "(?P<y>\\d{4})-(?P<m>\\d{2})", "[A-Za-zÀ-ÿ' -]+", ".*", ".+", "\\s*\\S+\\s*", "[]a]+", "[a\\]]+",
             "\\d+(\\.\\d+)?", "(\\d{1,3}( \\d{3})*)", "[\\u00e9e]+", "(?i)abc", "(a)\\1", "a(?=b)b", "\\Z", "a\\Z",
             "(-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?)", "[0-9]{5}|2[AB][0-9]{3}", "^x", "x$", "[.]", "\\.", "a.c", "[[]", "[a-z&&]+"]
synthetic_values = ["a", "b", "ab", "abcd", "aab", "aa", "aaa", "aaaa", "b", "ab", "x{", "1-2", "abc", "é", "foo bar", "foo",
                    "ab", "abab", "2024-01", "Élise d'Arc", "", "  x  ", "]a", "a]", "1.5", "1", "1 000 000", "éé", "ABC",
                    "aa", "ab", "x", "1.5,2.5", "-1,2", "75001", "2A123", "2B12", "x", "x\n", ".", "abc", "a.c", "[", "a&"]
cases = []
for p in sorted(patterns):
    names = patterns[p]
    vals = set(generic)
    for n in sorted(names): vals |= set(sorted(values_by_field.get(n, set()))[:40])
    for v in sorted(vals): cases.append((p, v))
for p in synthetic:
    for v in synthetic_values: cases.append((p, v))
out = []
for p, v in cases:
    try: ok = bool(re.compile("^{0}$".format(p)).match(v))
    except re.error: ok = None
    out.append([p, v, ok])
# One case per line, as PythonPatternCases.swift embeds them.
print(json.dumps(out, ensure_ascii=True, separators=(",", ":")).replace("],[", "],\n["))
