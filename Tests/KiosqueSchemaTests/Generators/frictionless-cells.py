"""frictionless-py's cell reader on (field descriptor, cell) pairs, for FrictionlessCells.swift.

    ~/.cache/open-data-conformance/rdf/bin/python frictionless-cells.py > cells.json

The verdict is "ok", "missing", "type" (a type error) or the failed constraints, sorted.
The wkt format is left out: frictionless needs the extra module `tatsu` for it.
"""
import json, sys, warnings
warnings.filterwarnings("ignore")
from frictionless import Schema
def verdict(field, value, missing=None):
    desc = {"fields": [field]}
    if missing is not None: desc["missingValues"] = missing
    schema = Schema.from_descriptor(desc)
    cell, notes = schema.fields[0].create_cell_reader()(value)
    if not notes: return "ok" if cell is not None else "missing"
    if "type" in notes: return "type"
    return ",".join(sorted(notes))
F = lambda t, **kw: dict({"name": "f", "type": t}, **kw)
cases = []
def add(field, values, missing=None):
    for v in values: cases.append((field, v, missing))
add(F("integer"), ["1", "-1", "+1", " 1 ", "1.0", "1e3", "007", "1_000", "1__0", "_1", "1 000", "١٢", "", "abc", "\u00a012", "0x10", "--1", "9999999999999999999999", "1\n"])
add(F("integer", bareNumber=False), ["€ 12", "12 €", "-12%", "a-1b", "12.5", "+12", "$-3", "1 000", "x"])
add(F("number"), ["1", "1.5", "-.5", "5.", "1e3", "1E-3", "NaN", "nan", "Infinity", "-inf", "1_000.5", "1,5", " 2.5 ", "1 000", "", ".", "e3", "1.2.3", "+.5e+2", "sNaN", "١.٥", "0x1"])
add(F("number", decimalChar=","), ["1,5", "1.5", "1 000,5", "-3,25", "1,000", "12"])
add(F("number", decimalChar=",", groupChar=" "), ["1 000,5", "1\u00a0000,5", "1.000,5", "10"])
add(F("number", groupChar=","), ["1,000.5", "1,000,000", "1.5", "1,5"])
add(F("number", groupChar="."), ["1.000", "1.000,5"])
add(F("number", bareNumber=False), ["€1.5", "1.5%", "EUR -2", "- 2"])
add(F("boolean"), ["true", "True", "TRUE", "1", "false", "0", "yes", "tRue", " true", "oui", ""])
add(F("boolean", trueValues=["oui", "Oui"], falseValues=["non"]), ["oui", "Oui", "non", "true", "Non"])
add(F("date"), ["2020-01-05", "2020-1-5", "2020-01-5", "2020-02-30", "2020-02-29", "2019-02-29", "20200105", "2020/01/05", " 2020-01-05", "2020-01-05 ", "0001-01-01", "10000-01-01", "2020-01-05T00:00:00", "2020-13-01", "2020-00-10", "2020-01- 5", "2020-1-05", "2020-01-00"])
add(F("date", format="%d/%m/%Y"), ["05/01/2020", "5/1/2020", "31/04/2020", "05/01/20", "05-01-2020", "05/01/2020 ", "29/02/2021"])
add(F("date", format="%Y/%m/%d"), ["2018/08/08", "2018-08-08"])
add(F("date", format="%d %B %Y"), ["5 janvier 2020", "5 January 2020", "05 jan 2020", "5   january 2020", "5 JANUARY 2020"])
add(F("date", format="%d %b %Y"), ["5 Jan 2020", "5 jan. 2020", "5 January 2020"])
add(F("date", format="%y%m%d"), ["200105", "690105", "2001055"])
add(F("date", format="%Y-%m-%dT%H:%M:%S"), ["2020-01-05T10:00:00", "2020-01-05t10:00:00"])
add(F("date", format="%Y-%j"), ["2020-060", "2020-366", "2019-366", "2020-1"])
add(F("date", format="%e/%m/%Y"), ["05/01/2020"])
add(F("date", format="fmt:%d/%m/%Y"), ["05/01/2020"])
add(F("date", format="%m%d"), ["0229", "1231"])
add(F("date", format="any"), ["2020-01-05", "05/01/2020", "Jan 5 2020", "5 janvier 2020", "2020", "not a date", "12h"])
add(F("datetime"), ["2020-01-05T10:00:00", "2020-01-05T10:00:00Z", "2020-01-05T10:00:00+01:00", "2020-01-05T10:00:00+0100", "2020-01-05T10:00:00+01", "2020-01-05 10:00:00", "2020-01-05T10:00", "2020-01-05T10:00:00.123456", "2020-01-05T10:00:00,5", "2020-01-05T24:00:00", "2020-01-05T24:00:01", "2020-01-05T10:60:00", "2020-01-05T10:00:60", "2020-01-05X10:00:00", "2020-01-05T10:00:00.1234567", "2020-01-05T10:00:00z", "2020-01-05T10:00:00 ", "2020-W01-1T10:00:00", "2020-01-05T10:00:00+24:00", "2020-01-05T10:00:00-00:00", "2020-01-05é10:00:00", "2020-02-30T10:00:00", "2020-01-05T10:00:00+0000"])
add(F("datetime", format="%d/%m/%Y %H:%M"), ["05/01/2020 10:30", "05/01/2020 25:30", "05/01/2020 9:5"])
add(F("datetime", format="%Y-%m-%dT%H:%M:%S%z"), ["2020-01-05T10:00:00+0100", "2020-01-05T10:00:00+01:00", "2020-01-05T10:00:00Z", "2020-01-05T10:00:00"])
add(F("time"), ["10:00:00", "10:00", "10:00:00Z", "10:00:00+02:00", "24:00:00", "9:00:00", "10:00:00.5", "10:61:00", "100000", "10:00:00 "])
add(F("time", format="%H:%M"), ["10:30", "9:05", "24:00"])
add(F("year"), ["2020", "0000", "999", "10000", "+202", "-202", " 202", "20.0", "1_00", "２０２０"])
add(F("yearmonth"), ["2020-01", "2020-1", "2020-13", "2020-00", "-2020-01", "2020-01-01", "2020", " 2020 - 01 ", "99999-12"])
add(F("duration"), ["P1Y", "PT1H", "P1Y2M3DT4H5M6S", "P", "PT", "P1W", "P1.5Y", "P1,5D", "-P1D", "+P1D", "1D", "P1D2Y", "PT1H\n", "P0001-02-03T04:05:06", "P00010203T040506", "p1d", "P1DT"])
add(F("geopoint"), ["2.35,48.85", "2.35, 48.85", " 2.35 , 48.85 ", "181,0", "0,91", "-180,-90", "a,b", "1,2,3", "1;2", "[1,2]", "1e2,5"])
add(F("geopoint", format="array"), ["[2.35, 48.85]", "[181, 0]", "[1]", "[1,2,3]", "2.35,48.85", "[\"1\", \"2\"]", "[true, 1]"])
add(F("geopoint", format="object"), ["{\"lon\": 2.35, \"lat\": 48.85}", "{\"lat\": 1, \"lon\": 2}", "{\"lon\": 1}", "{\"lon\":1,\"lat\":2,\"x\":3}", "[1,2]"])
add(F("object"), ["{}", "{\"a\": 1}", "[1]", "1", "null", "{'a': 1}", "{\"a\": NaN}", " {} ", "{\"a\":1,}"])
add(F("array"), ["[]", "[1, 2]", "{}", "1", "[1,]", " [1] ", "[NaN]"])
add(F("array", arrayItem={"type": "integer"}), ["[1, 2]", "[1, \"a\"]", "[\"1\"]", "[1.0]", "[true]"])
add(F("geojson"), ["{\"type\": \"Point\", \"coordinates\": [1, 2]}", "{\"type\": \"Point\", \"coordinates\": [1, 2, 3]}", "{\"type\": \"Point\", \"coordinates\": [1]}", "{\"type\": \"Point\"}", "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {}}", "{\"type\": \"Feature\", \"geometry\": null}", "{\"type\": \"FeatureCollection\", \"features\": []}", "{\"type\": \"FeatureCollection\", \"features\": [5]}", "{\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,1],[0,0]]]}", "{\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[0,0]]]}", "{\"type\": \"LineString\", \"coordinates\": [[0,0]]}", "{\"type\": \"Foo\", \"coordinates\": []}", "{\"coordinates\": [1,2]}", "[1,2]", "{\"type\": \"Point\", \"coordinates\": [true, 2]}", "{\"type\": \"GeometryCollection\", \"geometries\": []}", "{\"type\": \"Point\", \"coordinates\": [1, 2], \"bbox\": [1, \"a\"]}", "{\"type\": \"Point\", \"coordinates\": [1.5, 2e3], \"crs\": null}", "{\"type\": \"MultiPoint\", \"coordinates\": [[1,2],[3,4]]}", "{\"type\": \"Feature\", \"geometry\": {\"type\":\"Point\",\"coordinates\":[1,2]}, \"properties\": null}"])
add(F("string", format="email"), ["a@b.fr", "a.b@c.d.fr", "a@b", "a@@b.fr", "a b@c.fr", "é@b.fr", "éa@b.fr", "a@b.c1", "a@b-.fr", "a@-b.fr", "a@b_c.fr", "a@b.f", "\"a b\"@c.fr", "a..b@c.fr", ".a@c.fr", "a@b.fr ", "A@B.FR", "a@xn--bcher-kva.ch", "a@bücher.ch", "a@b..fr", "a@[1.2.3.4]", "a@1.2.3.4", "a+b@c.co.uk", "a@b.fr.", "a@localhost"])
add(F("string", format="uri"), ["http://a.b", "https://x.fr/a?b#c", "mailto:a@b.fr", "urn:isbn:1", "a.b", "//a.b", "1http://a", "http:", "h:", "http://a b", "http://é.fr", "HTTP://A", "x-y+z.w:abc", ":abc", "", "www.example.com"])
add(F("string", format="uuid"), ["2bc1c94f-0deb-43e9-92a1-4775189ec9f8", "2bc1c94f0deb43e992a14775189ec9f8", "{2bc1c94f-0deb-43e9-92a1-4775189ec9f8}", "urn:uuid:2bc1c94f-0deb-43e9-92a1-4775189ec9f8", "2bc1c94f-0deb-43e9-92a1-4775189ec9f", "2BC1C94F-0DEB-43E9-92A1-4775189EC9F8", "2bc1c94f-0deb-43e9-92a1-4775189ec9fg", "2b-c1c94f0deb43e992a14775189ec9f8", "00000000-0000-0000-0000-000000000000"])
add(F("string", format="binary"), ["aGVsbG8=", "aGVsbG8", "aGVsbA==", "aGVsbA", "a", "ab", "abc", "abcd", "ab!cd", "====", "a===", "ab==cd", "", "aGVs bG8="])
add(F("string", constraints={"pattern": "[0-9]{5}"}), ["75001", "7500", "750011", "75001\n", "x75001"])
add(F("string", constraints={"pattern": "a|b"}), ["a", "b", "ab", "ba", "axyz", "xb", "c"])
add(F("string", constraints={"pattern": "(?P<x>a)(?P=x)"}), ["aa", "ab"])
add(F("string", constraints={"pattern": "[[]x"}), ["[x", "x"])
add(F("string", constraints={"pattern": "\\d+"}), ["12", "١٢", "1a"])
add(F("string", constraints={"pattern": "\\w+"}), ["abc", "éà", "a b"])
add(F("string", constraints={"minLength": 2, "maxLength": 3}), ["a", "ab", "abc", "abcd", "éé", "e\u0301e"])
add(F("string", constraints={"enum": ["a", "b"]}), ["a", "c", "A", ""])
add(F("integer", constraints={"enum": ["1", 2]}), ["1", "2", "01", "3"])
add(F("integer", constraints={"minimum": 1, "maximum": "10"}), ["0", "1", "10", "11", "x"])
add(F("number", constraints={"minimum": 0, "maximum": 1}), ["0", "1", "1.0", "1.0000001", "-0", "-0.0001", "NaN", "Infinity", "1e0"])
add(F("number", constraints={"minimum": 0.5}), ["0.5", "0.49999"])
add(F("number", constraints={"enum": [1, 2.5, "3"]}), ["1", "1.0", "2.5", "3.00", "4"])
add(F("date", constraints={"minimum": "2020-01-01"}), ["2019-12-31", "2020-01-01"])
add(F("date", format="%d/%m/%Y", constraints={"maximum": "31/12/2020"}), ["31/12/2020", "01/01/2021"])
add(F("datetime", constraints={"minimum": "2020-01-01T00:00:00Z"}), ["2019-12-31T23:00:00Z", "2020-01-01T01:00:00+01:00", "2020-01-01T02:00:00+01:00"])
add(F("year", constraints={"minimum": 2000}), ["1999", "2000"])
add(F("boolean", constraints={"enum": [True]}), ["true", "false"])
add(F("string", constraints={"required": True}), ["", "x", " "])
add(F("integer", constraints={"required": True}), ["", "NA"], ["", "NA"])
add(F("string", constraints={"required": True}), ["NA", "-"], ["NA"])
add(F("string", missingValues=["-"]), ["", "-"], ["NA"])
add(F("any", constraints={"enum": ["a", 1]}), ["a", "1", "b"])
add(F("any"), ["", "x"])

add(F("list"), ["a,b", ""])
add(F("list", itemType="integer"), ["1,2", "1,a"])
# One case per line: [field, cell, missingValues, verdict], as FrictionlessCells.swift embeds them.
print("[\n" + ",\n".join(json.dumps([f, v, m, verdict(f, v, m)], ensure_ascii=True, separators=(",", ":")) for f, v, m in cases) + "\n]")
