import Testing
import TerritoryKit

/// Plan bytes: a byte-order mark is dropped, anything that is not UTF-8 text is refused with a
/// message naming the file and the line.
@Suite struct PlanTextTests {
    static let file = "plans/x/agent-assignments.md"
    static let plan = "## Agent 1: api-agent\n**Territory**: `src/api/`\n## Agent 2: ui-agent\n**Territory**: `src/ui/`\n"

    @Test func aByteOrderMarkDoesNotSwallowTheFirstAgent() {
        let plan = PlanReader().read(text: "\u{FEFF}" + Self.plan, file: Self.file)
        #expect(plan.agents.map(\.id) == ["api-agent", "ui-agent"])
        #expect(plan.agents.first?.entries.map(\.pattern) == ["src/api/"])
        #expect(plan.agents.first?.location.line == 1)
    }

    @Test func decodeDropsTheByteOrderMark() throws {
        let text = try PlanText.decode(PlanText.byteOrderMarkForTests + Array(Self.plan.utf8), file: Self.file)
        #expect(text == Self.plan)
        #expect(PlanReader().read(text: text, file: Self.file).agents.count == 2)
    }

    @Test func decodeKeepsValidUTF8AsIs() throws {
        let text = "## Agent 1: ü-agent\n**Territory**: `src/日本/`\n"
        #expect(try PlanText.decode(Array(text.utf8), file: Self.file) == text)
        #expect(try PlanText.decode([], file: Self.file) == "")
    }

    @Test func invalidUTF8IsRefusedWithFileAndLine() {
        var bytes = Array("## Agent 1: api-agent\n**Territory**: `src/".utf8)
        bytes += [0xE9]  // Latin-1 é
        bytes += Array("t/`\n".utf8)
        #expect {
            try PlanText.decode(bytes, file: Self.file)
        } throws: { error in
            guard let error = error as? PlanTextError else { return false }
            return error.line == 2 && error.message.contains(Self.file) && error.message.contains("0xE9")
                && error.message.contains("not UTF-8") && error.message.contains("line 2")
        }
    }

    @Test func truncatedSequenceAtTheEndIsRefused() {
        #expect(throws: PlanTextError.self) { try PlanText.decode(Array("ok\n".utf8) + [0xE2, 0x82], file: Self.file) }
    }

    @Test func nulBytesAreRefused() {
        #expect {
            try PlanText.decode(Array("## Agent 1: a-agent\n\n".utf8) + [0] + Array("x".utf8), file: Self.file)
        } throws: { error in
            guard let error = error as? PlanTextError else { return false }
            return error.line == 3 && error.message.contains("NUL") && error.message.contains(Self.file)
        }
    }

    @Test func utf16IsRefusedByName() {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("#".utf8) + [0]
        #expect {
            try PlanText.decode(utf16, file: Self.file)
        } throws: { error in
            (error as? PlanTextError)?.message.contains("UTF-16") == true
        }
    }
}

extension PlanText {
    static var byteOrderMarkForTests: [UInt8] { [0xEF, 0xBB, 0xBF] }
}
