/// How two agents' schedules relate, which decides how much an overlap between them matters.
enum WaveOverlap {
    /// They share a wave, or one of them has none declared: they may run at the same time.
    case concurrent(wave: Int?)
    /// They never share a wave: one hands the path to the other.
    case sequential

    init(_ first: Agent, _ second: Agent) {
        if first.waves.isEmpty || second.waves.isEmpty {
            self = .concurrent(wave: first.waves.first ?? second.waves.first)
        } else if let shared = first.waves.first(where: second.waves.contains) {
            self = .concurrent(wave: shared)
        } else {
            self = .sequential
        }
    }
}
