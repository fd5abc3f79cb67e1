"""frictionless-py's verdicts on small tables, for FrictionlessTables.swift and FrictionlessFuzzTables.swift.

    ~/.cache/open-data-conformance/rdf/bin/python frictionless-tables.py cases > cases.json
    ~/.cache/open-data-conformance/rdf/bin/python frictionless-tables.py fuzz 6 400 > fuzz.json

Each case is written to a scratch folder as schema.json and data.csv and validated as
`frictionless validate --schema schema.json data.csv` does; the verdict and the error counts by
type are printed as JSON ({"exception": 1} when frictionless stops with an exception).
"""
import json, os, random, sys, tempfile, warnings
warnings.filterwarnings("ignore")
from frictionless import Resource, Detector


def run(schema, csv_text, name="data.csv"):
    d = tempfile.mkdtemp()
    sp = os.path.join(d, "schema.json"); cp = os.path.join(d, name)
    with open(sp, "w") as f: json.dump(schema, f) if not isinstance(schema, str) else f.write(schema)
    with open(cp, "wb") as f: f.write(csv_text.encode() if isinstance(csv_text, str) else csv_text)
    old=os.getcwd(); os.chdir(d)
    try:
        r = Resource(source=name, schema="schema.json", detector=Detector()).validate()
    except Exception as e:
        return ("exception", str(e)[:200])
    finally:
        os.chdir(old)
    t = r.tasks[0] if r.tasks else None
    errs = (t.errors if t else r.errors)
    return (r.valid, [(e.type, getattr(e,"row_number",None), getattr(e,"field_number",None), getattr(e,"note","")[:80]) for e in errs])


CASES = json.loads(r"""
[
{"id": "blank-line", "schema": {"fields": [{"name": "a", "type": "integer"}, {"name": "b"}]}, "csv": "a,b\n1,x\n\n2,y\n"},
{"id": "trailing-blank", "schema": {"fields": [{"name": "a", "type": "integer"}, {"name": "b"}]}, "csv": "a,b\n1,x\n2,y\n\n\n"},
{"id": "missing-req", "schema": {"fields": [{"name": "a", "type": "integer"}, {"name": "b", "constraints": {"required": true}}]}, "csv": "a,b\n1\n2,y\n"},
{"id": "blank-row-delims", "schema": {"fields": [{"name": "a", "type": "integer"}, {"name": "b", "constraints": {"required": true}}]}, "csv": "a,b\n,\n2,y\n"},
{"id": "unknown-type", "schema": {"fields": [{"name": "a", "type": "foo"}]}, "csv": "a\n1\n"},
{"id": "bad-format", "schema": {"fields": [{"name": "a", "type": "string", "format": "date"}]}, "csv": "a\n1\n"},
{"id": "bad-constraint", "schema": {"fields": [{"name": "a", "type": "boolean", "constraints": {"pattern": "x"}}]}, "csv": "a\ntrue\n"},
{"id": "no-type", "schema": {"fields": [{"name": "a", "constraints": {"maxLength": 2}}]}, "csv": "a\nabc\n"},
{"id": "pk-blank", "schema": {"fields": [{"name": "a", "type": "integer"}, {"name": "b"}], "primaryKey": "a"}, "csv": "a,b\n1,x\n,\n1,z\n"},
{"id": "empty", "schema": {"fields": [{"name": "a", "type": "integer"}]}, "csv": ""},
{"id": "header-only", "schema": {"fields": [{"name": "a", "type": "integer"}]}, "csv": "a\n"},
{"id": "extra-label", "schema": {"fields": [{"name": "a", "type": "integer"}]}, "csv": "a,b\n1,2,3\n"},
{"id": "dup-field", "schema": {"fields": [{"name": "a"}, {"name": "a"}]}, "csv": "a,a\n1,2\n"},
{"id": "required-top", "schema": {"fields": [{"name": "a", "required": true}]}, "csv": "a\n1\n"},
{"id": "unique", "schema": {"fields": [{"name": "a", "type": "integer", "constraints": {"unique": true}}]}, "csv": "a\n1\n01\n x\n1\n"},
{"id": "bad-name", "schema": {"name": "Bad Name", "fields": [{"name": "a"}]}, "csv": "a\n1\n"},
{"id": "field-name-upper", "schema": {"fields": [{"name": "A b"}]}, "csv": "A b\n1\n"},
{"id": "label-space", "schema": {"fields": [{"name": "a"}, {"name": "b"}]}, "csv": " a , b\n1,2\n"},
{"id": "quoted-nl", "schema": {"fields": [{"name": "a", "type": "integer"}, {"name": "b"}]}, "csv": "a,b\n1,\"x\ny\"\nz,2\n"},
{"id": "ws-row", "schema": {"fields": [{"name": "a", "type": "integer"}]}, "csv": "a\n1\n \n2\n"},
{"id": "excl-v1", "schema": {"fields": [{"name": "a", "type": "integer", "constraints": {"exclusiveMinimum": 1}}]}, "csv": "a\n1\n2\n"},
{"id": "excl-custom", "schema": {"$schema": "https://frictionlessdata.io/schemas/table-schema.json", "fields": [{"name": "a", "type": "integer", "constraints": {"exclusiveMinimum": 1}}]}, "csv": "a\n1\n2\n"},
{"id": "excl-v2", "schema": {"$schema": "https://datapackage.org/profiles/2.0/tableschema.json", "fields": [{"name": "a", "type": "integer", "constraints": {"exclusiveMinimum": 1}}]}, "csv": "a\n1\n2\n"},
{"id": "mv-object", "schema": {"$schema": "https://datapackage.org/profiles/2.0/tableschema.json", "missingValues": [{"value": "NA", "label": "x"}], "fields": [{"name": "a", "type": "integer"}]}, "csv": "a\nNA\n2\n"},
{"id": "mv-object-v1", "schema": {"missingValues": [{"value": "NA", "label": "x"}], "fields": [{"name": "a", "type": "integer"}]}, "csv": "a\nNA\n2\n"},
{"id": "pk-missing", "schema": {"primaryKey": ["b"], "fields": [{"name": "a", "type": "integer"}]}, "csv": "a\n1\n"},
{"id": "fk-self", "schema": {"fields": [{"name": "a", "type": "integer"}, {"name": "b", "type": "integer"}], "foreignKeys": [{"fields": "b", "reference": {"resource": "", "fields": "a"}}]}, "csv": "a,b\n1,\n2,1\n3,5\n"},
{"id": "fk-other", "schema": {"fields": [{"name": "a", "type": "integer"}], "foreignKeys": [{"fields": "a", "reference": {"resource": "other", "fields": "id"}}]}, "csv": "a\n1\n"},
{"id": "fm-subset", "schema": {"fieldsMatch": "subset", "fields": [{"name": "b", "type": "integer"}]}, "csv": "a,b\nx,1\n"},
{"id": "fm-equal", "schema": {"fieldsMatch": "equal", "fields": [{"name": "b", "type": "integer"}, {"name": "a"}]}, "csv": "a,b\nx,1\n"},
{"id": "fm-equal-missing", "schema": {"fieldsMatch": "equal", "fields": [{"name": "b", "type": "integer"}, {"name": "c"}]}, "csv": "a,b\nx,1\n"},
{"id": "fm-superset", "schema": {"fieldsMatch": "superset", "fields": [{"name": "b", "type": "integer"}, {"name": "c"}, {"name": "d", "constraints": {"required": true}}]}, "csv": "b\n1\n"},
{"id": "fm-partial", "schema": {"fieldsMatch": "partial", "fields": [{"name": "x"}]}, "csv": "a,b\n1,2\n"},
{"id": "fm-bad", "schema": {"fieldsMatch": "foo", "fields": [{"name": "x"}]}, "csv": "x\n1\n"},
{"id": "name-num", "schema": {"fields": [{"name": 1}]}, "csv": "1\n1\n"},
{"id": "minlen-str", "schema": {"fields": [{"name": "a", "constraints": {"minLength": "2"}}]}, "csv": "a\n1\n"},
{"id": "minlen-float", "schema": {"fields": [{"name": "a", "constraints": {"minLength": 2.0}}]}, "csv": "a\n1\n"},
{"id": "example-num-for-string", "schema": {"fields": [{"name": "a", "example": 75056}]}, "csv": "a\n1\n"},
{"id": "example-bool-tv", "schema": {"fields": [{"name": "a", "type": "boolean", "trueValues": ["oui"], "example": "oui"}]}, "csv": "a\noui\n"},
{"id": "example-number-dc", "schema": {"fields": [{"name": "a", "type": "number", "decimalChar": ",", "example": "1,5"}]}, "csv": "a\n1,5\n"},
{"id": "example-date-fmt", "schema": {"fields": [{"name": "a", "type": "date", "format": "%d/%m/%Y", "example": "05/01/2020"}]}, "csv": "a\n05/01/2020\n"},
{"id": "example-empty", "schema": {"fields": [{"name": "a", "type": "integer", "example": ""}]}, "csv": "a\n1\n"},
{"id": "bad-pattern", "schema": {"fields": [{"name": "a", "constraints": {"pattern": "("}}]}, "csv": "a\n1\n"},
{"id": "min-unreadable", "schema": {"fields": [{"name": "a", "type": "date", "constraints": {"minimum": "x"}}]}, "csv": "a\n2020-01-01\n"},
{"id": "trueValues-bad", "schema": {"fields": [{"name": "a", "type": "boolean", "trueValues": "oui"}]}, "csv": "a\noui\n"},
{"id": "unique-str-type", "schema": {"fields": [{"name": "a", "constraints": {"unique": "yes"}}]}, "csv": "a\n1\n"},
{"id": "mv-field-level-v1", "schema": {"fields": [{"name": "a", "type": "integer", "missingValues": ["NA"]}]}, "csv": "a\nNA\n\n"},
{"id": "schema-title-num", "schema": {"title": 5, "fields": [{"name": "a"}]}, "csv": "a\n1\n"},
{"id": "fields-not-array", "schema": {"fields": {}}, "csv": "a\n1\n"},
{"id": "no-fields", "schema": {"name": "x"}, "csv": "a\n1\n"},
{"id": "type-upper", "schema": {"fields": [{"name": "a", "type": "Integer"}]}, "csv": "a\n1\n"},
{"id": "geopoint-badformat", "schema": {"fields": [{"name": "a", "type": "geopoint", "format": "xy"}]}, "csv": "a\n1\n"},
{"id": "custom-props", "schema": {"custom_checks": [1], "fields": [{"name": "a", "examples": [1], "foo": 1}]}, "csv": "a\n1\n"},
{"id": "pk-string", "schema": {"primaryKey": "a", "fields": [{"name": "a"}]}, "csv": "a\n1\n1\n"},
{"id": "constraints-not-object", "schema": {"fields": [{"name": "a", "constraints": []}]}, "csv": "a\n1\n"},
{"id": "enum-not-array", "schema": {"fields": [{"name": "a", "constraints": {"enum": "x"}}]}, "csv": "a\n1\n"},
{"id": "field-not-object", "schema": {"fields": ["a"]}, "csv": "a\n1\n"},
{"id": "schema-name-ok-upper-v2", "schema": {"$schema": "https://datapackage.org/profiles/2.0/tableschema.json", "name": "Foo Bar", "fields": [{"name": "a"}]}, "csv": "a\n1\n"},
{"id": "missing-label-req-pk", "schema": {"primaryKey": ["c"], "fields": [{"name": "a"}, {"name": "b"}, {"name": "c"}]}, "csv": "a,b\n1,2\n"},
{"id": "crlf-trailing-blank", "schema": {"fields": [{"name": "a", "type": "integer"}]}, "csv": "a\r\n1\r\n\r\n"},
{"id": "quoted-newline-then-blank", "schema": {"fields": [{"name": "a"}, {"name": "b", "type": "integer"}]}, "csv": "a,b\n\"x\ny\",1\n\nz,2\n"},
{"id": "crlf-quoted-newline-then-blank", "schema": {"fields": [{"name": "a"}, {"name": "b", "type": "integer"}]}, "csv": "a,b\r\n\"x\r\ny\",1\r\n\r\nz,x\r\n"},
{"id": "two-blank-lines-middle", "schema": {"fields": [{"name": "a", "type": "integer"}]}, "csv": "a\n1\n\n\n2\n"},
{"id": "no-final-newline", "schema": {"fields": [{"name": "a", "type": "integer"}]}, "csv": "a\n1\nx"},
{"id": "bom", "schema": {"fields": [{"name": "a", "type": "integer"}, {"name": "b"}]}, "csv": "\ufeffa,b\n1,x\n"},
{"id": "semicolon", "schema": {"fields": [{"name": "a", "type": "number", "decimalChar": ","}, {"name": "b"}]}, "csv": "a;b\n1,5;x\n2,25;y\n"},
{"id": "extra-and-missing-cells", "schema": {"fields": [{"name": "a"}, {"name": "b"}, {"name": "c", "constraints": {"required": true}}]}, "csv": "a,b,c\n1,2,3,4\n1\n"},
{"id": "missing-label-required-cells", "schema": {"fields": [{"name": "a"}, {"name": "b", "constraints": {"required": true}}]}, "csv": "a\n1\n2\n"},
{"id": "pk-composite", "schema": {"fields": [{"name": "a", "type": "integer"}, {"name": "b"}], "primaryKey": ["a", "b"]}, "csv": "a,b\n1,x\n1,y\n01,x\n,\n,z\n,z\n"},
{"id": "pk-type-error", "schema": {"fields": [{"name": "a", "type": "integer"}], "primaryKey": ["a"]}, "csv": "a\nx\nx\n1\n"},
{"id": "unique-constraint-error-still-counted", "schema": {"fields": [{"name": "a", "constraints": {"unique": true, "pattern": "[0-9]+"}}]}, "csv": "a\nx\nx\n"},
{"id": "unique-number-equal", "schema": {"fields": [{"name": "a", "type": "number", "constraints": {"unique": true}}]}, "csv": "a\n1.0\n1\n1e0\n2\n"},
{"id": "unique-missing-ignored", "schema": {"fields": [{"name": "a", "constraints": {"unique": true}}]}, "csv": "a\n\n\nx\n"},
{"id": "blank-row-required", "schema": {"fields": [{"name": "a", "constraints": {"required": true}}, {"name": "b", "constraints": {"required": true}}]}, "csv": "a,b\n,\n1,\n"},
{"id": "blank-row-missing-values", "schema": {"missingValues": ["", "NA"], "fields": [{"name": "a", "type": "integer"}, {"name": "b"}]}, "csv": "a,b\nNA,NA\nNA,\n"},
{"id": "labels-reordered", "schema": {"fields": [{"name": "a", "type": "integer"}, {"name": "b"}]}, "csv": "b,a\nx,1\n"},
{"id": "label-blank", "schema": {"fields": [{"name": "a"}, {"name": "b"}]}, "csv": "a,\n1,2\n"},
{"id": "label-dup-extra", "schema": {"fields": [{"name": "a"}]}, "csv": "a,a\n1,2\n"},
{"id": "label-dup-inside", "schema": {"fields": [{"name": "a"}, {"name": "b"}, {"name": "c"}]}, "csv": "a,a,a\n1,2,3\n"},
{"id": "label-case", "schema": {"fields": [{"name": "Nom"}]}, "csv": "nom\nx\n"},
{"id": "label-strip", "schema": {"fields": [{"name": "a"}]}, "csv": "\" a \"\n1\n"},
{"id": "fewer-labels-than-fields", "schema": {"fields": [{"name": "a"}, {"name": "b"}, {"name": "c"}]}, "csv": "a\n1,2,3\n"},
{"id": "fm-equal-dup", "schema": {"fieldsMatch": "equal", "fields": [{"name": "a"}]}, "csv": "a,a\n1,2\n"},
{"id": "fm-subset-types", "schema": {"fieldsMatch": "subset", "fields": [{"name": "b", "type": "integer"}]}, "csv": "a,b,c\nx,y,z\n"},
{"id": "fm-superset-ok", "schema": {"fieldsMatch": "superset", "fields": [{"name": "a"}, {"name": "b"}]}, "csv": "b\n1\n"},
{"id": "fm-partial-ok", "schema": {"fieldsMatch": "partial", "fields": [{"name": "a"}, {"name": "z"}]}, "csv": "a,b\n1,2\n"},
{"id": "schema-bad-json", "schema": "{\"fields\": [}", "csv": "a\n1\n"},
{"id": "schema-array", "schema": [1], "csv": "a\n1\n"},
{"id": "example-bad-and-good", "schema": {"fields": [{"name": "a", "type": "integer", "example": "x"}, {"name": "b", "type": "date", "example": "2020-01-01"}]}, "csv": "a,b\n1,2020-01-01\n"},
{"id": "example-zero", "schema": {"fields": [{"name": "a", "type": "date", "example": 0}]}, "csv": "a\n2020-01-01\n"},
{"id": "constraint-unknown", "schema": {"fields": [{"name": "a", "constraints": {"foo": 1}}]}, "csv": "a\n1\n"},
{"id": "pk-with-type", "schema": {"fields": [{"name": "a", "type": "integer"}], "primaryKey": "a"}, "csv": "a\n1\n2\n"},
{"id": "any-field-enum", "schema": {"fields": [{"name": "a", "type": "any", "constraints": {"enum": ["x"]}}]}, "csv": "a\nx\ny\n"},
{"id": "whitespace-line", "schema": {"fields": [{"name": "a"}]}, "csv": "a\nx\n  \ny\n"},
{"id": "header-only-crlf-blank", "schema": {"fields": [{"name": "a"}]}, "csv": "a\r\n\r\n"},
{"id": "bool-enum", "schema": {"fields": [{"name": "a", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"], "constraints": {"enum": [true]}}]}, "csv": "a\noui\nnon\nx\n"},
{"id": "geojson-cell", "schema": {"fields": [{"name": "g", "type": "geojson"}]}, "csv": "g\n\"{\"\"type\"\":\"\"Point\"\",\"\"coordinates\"\":[1,2]}\"\n\"{\"\"type\"\":\"\"Point\"\"}\"\n"},
{"id": "array-item-constraints", "schema": {"fields": [{"name": "a", "type": "array", "arrayItem": {"type": "integer", "constraints": {"minimum": 2}}}]}, "csv": "a\n\"[2,3]\"\n\"[1,5]\"\n\"[1,\"\"x\"\"]\"\n"},
{"id": "list-length", "schema": {"fields": [{"name": "a", "type": "list", "itemType": "integer", "constraints": {"maxLength": 2}}]}, "csv": "a\n\"1,2\"\n\"1,2,3\"\n"}
]
""")

# Deliberate differences: what Kiosque says instead, and why.
overrides = {
 "fk-self": (True, {}, "foreign keys are not checked"),
 "fk-other": (True, {}, "foreign keys are not checked; frictionless refuses a lone file whose schema refers to another resource (resource-error)"),
 "bad-pattern": (False, {"field-error": 1}, "frictionless stops with an exception (re.error)"),
 "min-unreadable": (False, {"field-error": 1}, "frictionless stops with an exception (a date compared with None)"),
 "fm-equal-dup": (False, {"duplicate-label": 1}, "frictionless stops with an exception ('requires unique labels')"),
 "fields-not-array": (False, {"schema-error": 1}, "frictionless also validates the object as a field (a second, field-error)"),
 "field-not-object": (False, {"field-error": 1}, "same verdict; frictionless tries to read the string as a file path"),
}


def verdict(schema, csv_text):
    valid, errs = run(schema, csv_text)
    if valid == "exception":
        return False, {"exception": 1}
    counts = {}
    for e in errs:
        counts[e[0]] = counts.get(e[0], 0) + 1
    return valid, counts


def structure_cases():
    out = []
    for c in CASES:
        valid, counts = verdict(c["schema"], c["csv"])
        schema = c["schema"] if isinstance(c["schema"], str) else json.dumps(c["schema"], ensure_ascii=False)
        entry = {"id": c["id"], "schema": schema, "csv": c["csv"], "valid": valid, "counts": counts}
        if c["id"] in overrides:
            kv, kc, why = overrides[c["id"]]
            entry["kiosque"] = {"valid": kv, "counts": kc, "why": why}
        out.append(entry)
    return out


def fuzz_cases(seed, count):
    random.seed(seed)
    types = {
     "string": (["", "abc", "75056", "2A004", "a@b.fr", "x y", "NA", "é", "https://a.fr", "W123456789", " ", "123"], [{}, {"format": "email"}, {"format": "uri"}, {"constraints": {"pattern": "[0-9]{5}"}}, {"constraints": {"minLength": 2, "maxLength": 4}}, {"constraints": {"enum": ["abc", "75056"]}}]),
     "integer": (["", "1", "-2", "01", "1.0", "x", " 3 ", "1e2", "100", "NA"], [{}, {"constraints": {"minimum": 0, "maximum": 50}}, {"bareNumber": False}, {"constraints": {"enum": [1, "2"]}}]),
     "number": (["", "1.5", "1,5", "-0.1", "1e3", "NaN", "x", "1 000,5", "0.5", "NA"], [{}, {"decimalChar": ","}, {"decimalChar": ",", "groupChar": " "}, {"constraints": {"minimum": 0, "maximum": 1}}]),
     "boolean": (["", "true", "False", "1", "oui", "non", "yes"], [{}, {"trueValues": ["oui"], "falseValues": ["non"]}]),
     "date": (["", "2020-01-05", "2020-1-5", "05/01/2020", "2020-02-30", "x", "2019/12/31"], [{}, {"format": "%d/%m/%Y"}, {"format": "%Y/%m/%d"}, {"constraints": {"minimum": "2020-01-01"}}]),
     "datetime": (["", "2020-01-05T10:00:00Z", "2020-01-05 10:00:00", "2020-01-05T10:00", "x"], [{}]),
     "year": (["", "2020", "20", "x", "+202"], [{}, {"constraints": {"minimum": 2000}}]),
     "geopoint": (["", "2.3,48.8", "200,1", "x", "[1,2]"], [{}, {"format": "array"}]),
     "any": (["", "x", "1"], [{}]),
     "time": (["", "10:00:00", "10:00", "25:00:00", "10:00:00+01:00"], [{}, {"format": "%H:%M"}]),
     "yearmonth": (["", "2020-01", "2020-13", "2020"], [{}]),
     "duration": (["", "P1D", "PT1H30M", "1D", "P"], [{}]),
     "object": (["", '{""a"":1}', "[1]", "x"], [{}, {"constraints": {"minLength": 1}}]),
     "array": (["", "[1]", "[]", "{}"], [{}, {"arrayItem": {"type": "integer"}}]),
     "geojson": (["", '{""type"":""Point"",""coordinates"":[1,2]}', '{""type"":""Point""}', "x"], [{}]),
    }
    cases = []
    for i in range(count):
        nf = random.randint(1, 4)
        fields = []; pools = []
        for j in range(nf):
            t = random.choice(list(types)); vals, opts = types[t]
            f = {"name": f"f{j}", "type": t}; f.update(json.loads(json.dumps(random.choice(opts))))
            if random.random() < 0.3: f.setdefault("constraints", {})["required"] = True
            if random.random() < 0.15: f.setdefault("constraints", {})["unique"] = True
            fields.append(f); pools.append(vals)
        schema = {"fields": fields}
        if random.random() < 0.2: schema["missingValues"] = ["", "NA"]
        if random.random() < 0.15: schema["primaryKey"] = [fields[0]["name"]]
        labels = [f["name"] for f in fields]
        r = random.random()
        if r < 0.1: labels = labels[:-1] if len(labels) > 1 else labels + ["extra"]
        elif r < 0.2: labels = labels + ["extra"]
        elif r < 0.3 and len(labels) > 1: labels[0], labels[1] = labels[1], labels[0]
        rows = []
        for k in range(random.randint(0, 6)):
            if random.random() < 0.08: rows.append(""); continue
            n = len(labels) + (random.choice([-1, 1]) if random.random() < 0.1 else 0)
            rows.append(",".join((lambda v: '"' + v + '"' if "," in v else v)(random.choice(pools[m % len(pools)])) for m in range(max(n, 1))))
        csv_text = ",".join(labels) + "\n" + "".join(r + "\n" for r in rows)
        if random.random() < 0.2: csv_text += "\n"
        valid, counts = verdict(schema, csv_text)
        cases.append({"schema": json.dumps(schema), "csv": csv_text, "valid": valid, "counts": counts})

    kept = [c for c in cases if "exception" not in c["counts"]]
    for index, case in enumerate(kept):
        case["id"] = f"fuzz-{seed}-{index}"
    return kept


if __name__ == "__main__":
    if sys.argv[1] == "cases":
        json.dump(structure_cases(), sys.stdout)
    else:
        json.dump(fuzz_cases(int(sys.argv[2]), int(sys.argv[3])), sys.stdout)
