import Foundation
import Synchronization

/// A second thread that profiles some columns of each batch of rows while the reading thread reads the next batch and
/// profiles the other columns: a pipeline of a few batches, handed over without a system call when both threads are busy.
///
/// A thread that waits first spins for a few tens of microseconds, then sleeps on a semaphore: waking a sleeping
/// thread costs 30–60 µs in a virtual machine, more than a batch's columns sometimes, so that batches should rarely
/// find the other thread asleep. The atomics order the memory: what the owner wrote before ``submit(_:)`` is seen by the
/// job, what the job wrote is seen by the owner once ``wait(upTo:)`` returns.
final class ColumnWorker: @unchecked Sendable {
    /// What the worker does with one batch.
    struct Job {
        let cells: UnsafeMutablePointer<CellBytes>
        let rows: Int
        let invalid: UnsafeMutablePointer<Bool>
        let latitudes: UnsafeMutablePointer<Double>
        let longitudes: UnsafeMutablePointer<Double>
        let columns: [Int]
    }

    private let run: (Job) -> Void
    /// Jobs handed over (1, 2, …) and jobs done; a job's slot is its number modulo the slot count.
    private let submitted = Atomic<Int>(0)
    private let completed = Atomic<Int>(0)
    /// The slots, written by the owner before it counts the job submitted; nil asks the worker to end.
    private let slots: UnsafeMutablePointer<Job?>
    private let slotCount: Int
    private let workerAsleep = Atomic<Bool>(false)
    private let ownerAsleep = Atomic<Bool>(false)
    private let wakeWorker = DispatchSemaphore(value: 0)
    private let wakeOwner = DispatchSemaphore(value: 0)

    /// Starts the thread; `run` is called on it for each job, in the order submitted. At most `slots` jobs may be
    /// unfinished at a time (the owner waits before reusing a batch).
    init(slots: Int, run: @escaping (Job) -> Void) {
        self.run = run
        slotCount = slots + 1
        self.slots = .allocate(capacity: slotCount)
        self.slots.initialize(repeating: nil, count: slotCount)
        let thread = Thread { [self] in loop() }
        thread.name = "kiosque-columns"
        thread.start()
    }

    /// The number of jobs submitted so far.
    var submittedCount: Int { submitted.load(ordering: .relaxed) }

    /// Hands a job over.
    func submit(_ job: Job?) {
        let number = submitted.load(ordering: .relaxed) + 1
        slots[number % slotCount] = job
        submitted.store(number, ordering: .sequentiallyConsistent)
        if workerAsleep.exchange(false, ordering: .sequentiallyConsistent) { wakeWorker.signal() }
    }

    /// Waits until the jobs up to `number` are done.
    func wait(upTo number: Int) {
        Self.await({ completed.load(ordering: .acquiring) >= number }, asleep: ownerAsleep, semaphore: wakeOwner)
    }

    /// Ends the thread once its jobs are done; the owner then frees the worker.
    func stop() {
        submit(nil)
        wait(upTo: submittedCount)
        slots.deinitialize(count: slotCount)
        slots.deallocate()
    }

    private func loop() {
        var next = 1
        while true {
            Self.await({ submitted.load(ordering: .acquiring) >= next }, asleep: workerAsleep, semaphore: wakeWorker)
            let job = slots[next % slotCount]
            if let job { run(job) }
            completed.store(next, ordering: .sequentiallyConsistent)
            if ownerAsleep.exchange(false, ordering: .sequentiallyConsistent) { wakeOwner.signal() }
            if job == nil { return }
            next += 1
        }
    }

    /// Spins for up to 50 µs until `condition` holds, then sleeps until the other thread, having made it hold, wakes it.
    /// The flag is cleared by exactly one side: the sleeper that finds the condition already true, or the other thread,
    /// which then signals once.
    private static func await(_ condition: () -> Bool, asleep: borrowing Atomic<Bool>, semaphore: DispatchSemaphore) {
        if condition() { return }
        let start = now()
        var spins = 0
        while true {
            if condition() { return }
            spins &+= 1
            if spins & 63 == 0 && now() &- start > 50_000 { break }
        }
        while true {
            asleep.store(true, ordering: .sequentiallyConsistent)
            if condition() {
                // The other side may have cleared the flag, and signalled, in between: take that signal.
                if !asleep.exchange(false, ordering: .sequentiallyConsistent) { semaphore.wait() }
                return
            }
            semaphore.wait()
            if condition() { return }
        }
    }

    /// Nanoseconds of a monotonic clock, to share the columns by their cost.
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}
