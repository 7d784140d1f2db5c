/// SplitMix64: a tiny seeded generator, the same on every platform, so a failing randomized
/// test can be replayed from its seed. The one generator every test target uses.
///
/// It is a `RandomNumberGenerator`, for `Int.random(in:using:)`, `randomElement(using:)` and
/// `shuffle(using:)`; `below`, `chance` and `pick` take the raw value modulo the bound instead
/// (slightly biased, and not the same numbers as the standard library's), which is what the
/// pattern generator's recorded seeds were drawn with, so both stay.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`: the next value modulo `bound`.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// True `percent` times in a hundred.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One of `items`, which must not be empty.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
