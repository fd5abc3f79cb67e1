import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                 _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The body of the running fuzz target; set once, before libFuzzer starts.
nonisolated(unsafe) private var target: ([UInt8]) -> Void = { _ in }

/// Runs libFuzzer's driver with the process arguments, handing each input to `body` as bytes.
///
/// The executables are Swift programs (their `main` is Swift's), so libFuzzer is entered through
/// `LLVMFuzzerRunDriver` rather than its own `main`. A broken invariant calls ``fuzzFailure(_:)``,
/// which aborts: libFuzzer saves the input as `crash-…`.
public func runFuzzer(_ body: @escaping ([UInt8]) -> Void) -> Never {
    target = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        target(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
    exit(status)
}

/// Reports a broken invariant and aborts, so that libFuzzer keeps the input.
public func fuzzFailure(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
    FileHandle.standardError.write(Data("invariant broken (\(file):\(line)): \(message)\n".utf8))
    abort()
}

/// Checks an invariant.
public func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                      file: StaticString = #fileID, line: UInt = #line) {
    if !condition() { fuzzFailure(message(), file: file, line: line) }
}

