import Testing
import KiosqueModel

@Suite("JSON printed as bytes")
struct JSONPrintingTests {
    @Test("escapes, numbers, sorted keys and indentation as a reader of the file sees them")
    func printed() {
        let value: JSONValue = [
            "texte": "a\"b\\c\n\r\t<x> & \u{1}\u{1F} \u{2028}\u{2029} é’ \u{E2}",
            "entiers": [0, 7, -3, 1234567890, .integer(Int.min), .integer(Int.max)],
            "nombres": [.number(2.5), .number(-0.0), .number(3), .number(1e15), .number(-12.75), .number(.nan), .number(1e-7)],
            "vides": ["liste": [], "objet": [:]],
            "b": true, "a": .null,
        ]
        let compact = #"{"a":null,"b":true,"entiers":[0,7,-3,1234567890,-9223372036854775808,9223372036854775807],"#
            + #""nombres":[2.5,0,3,1000000000000000.0,-12.75,null,1e-07],"texte":"a\"b\\c\n\r\t\u003cx\u003e \u0026 \u0001\u001f \u2028\u2029 é’ â","#
            + #""vides":{"liste":[],"objet":{}}}"#
        #expect(value.serialized(pretty: false) == compact)
        #expect(String(decoding: value.serializedBytes(pretty: false), as: UTF8.self) == compact)
        let pretty: JSONValue = ["b": [1, ["c": "d"]], "a": "x"]
        #expect(pretty.serialized() == "{\n  \"a\": \"x\",\n  \"b\": [\n    1,\n    {\n      \"c\": \"d\"\n    }\n  ]\n}\n")
        #expect(pretty.serializedBytes() == Array(pretty.serialized().utf8))
        #expect(pretty.serialized(depth: 2) == "{\n      \"a\": \"x\",\n      \"b\": [\n        1,\n        {\n          \"c\": \"d\"\n        }\n      ]\n    }")
        var text = ""
        JSONValue.appendString("<é>", to: &text)
        var bytes: [UInt8] = []
        JSONValue.appendString("<é>", to: &bytes)
        #expect(text == #""\u003cé\u003e""#)
        #expect(bytes == Array(text.utf8))
    }
}
