import Foundation

/// Estimates the number of distinct hashes in constant memory (2^precision one-byte registers), with Ertl's
/// improved estimator ("New cardinality estimation algorithms for HyperLogLog sketches", 2017): no bias
/// table, about 1.04/√m relative error over the whole range.
struct HyperLogLog {
    let precision: Int
    private let registers: UnsafeMutablePointer<UInt8>
    /// `64 - precision`: the hash's top `precision` bits pick the register.
    private let indexShift: UInt64
    /// Bit `precision - 1`: or-ed into the rest of the hash, it caps its leading zeros at `64 - precision`.
    private let rankCap: UInt64

    /// `precision` is 4…16 (``ProfileLimits`` clamps it).
    init(precision: Int) {
        self.precision = precision
        indexShift = UInt64(64 - precision)
        rankCap = 1 << UInt64(precision - 1)
        registers = .allocateLines(capacity: 1 << precision)
        registers.initialize(repeating: 0, count: 1 << precision)
    }

    func release() { registers.deallocate() }

    /// Rank = leading zeros of the rest of the hash + 1, at most `64 - precision + 1`.
    @inline(__always)
    func add(_ hash: UInt64) {
        let index = Int(truncatingIfNeeded: hash &>> indexShift)
        let rest = (hash &<< (64 &- indexShift)) | rankCap
        let rank = UInt8(truncatingIfNeeded: rest.leadingZeroBitCount &+ 1)
        if rank > registers[index] { registers[index] = rank }
    }

    /// The register a hash updates.
    @inline(__always)
    func register(for hash: UInt64) -> UInt8 {
        registers[Int(truncatingIfNeeded: hash &>> indexShift)]
    }

    var estimate: Double {
        let m = 1 << precision, q = 64 - precision
        var histogram = [Int](repeating: 0, count: q + 2)
        for index in 0..<m { histogram[Int(registers[index])] += 1 }
        let mDouble = Double(m)
        var z = mDouble * Self.tau(1 - Double(histogram[q + 1]) / mDouble)
        for k in stride(from: q, through: 1, by: -1) { z = 0.5 * (z + Double(histogram[k])) }
        z += mDouble * Self.sigma(Double(histogram[0]) / mDouble)
        return mDouble * mDouble / (2 * log(2.0)) / z
    }

    private static func sigma(_ value: Double) -> Double {
        guard value < 1 else { return .infinity }
        var x = value, y = 1.0, z = value
        while true {
            x *= x
            let next = z + x * y
            y += y
            if next == z { return z }
            z = next
        }
    }

    private static func tau(_ value: Double) -> Double {
        guard value > 0, value < 1 else { return 0 }
        var x = value, y = 1.0, z = 1 - value
        while true {
            x = x.squareRoot()
            let previous = z
            y *= 0.5
            z -= (1 - x) * (1 - x) * y
            if previous == z { return z / 3 }
        }
    }
}
