import Testing
@testable import TerritoryKit

/// Each language's label vocabulary, table by table: the section labels and the roster columns
/// that plans not written in English use (TAXONOMY §1.2, §2.1).
@Suite struct PlanLabelVocabularyTests {
    struct Case: Sendable, CustomStringConvertible {
        var language: String
        var labels: [(String, Access)]
        var agentColumns: [String]
        var fileColumns: [String]
        var description: String { language }
    }

    static let cases: [Case] = [
        Case(language: "ja",
             labels: [("担当範囲", .write), ("所有ファイル", .write), ("排他ディレクトリ", .write), ("読み取り専用", .read),
                      ("禁止", .forbidden), ("共有", .shared), ("共有ファイル", .shared)],
             agentColumns: ["名前", "エージェント", "担当者", "エージェント名"],
             fileColumns: ["排他ディレクトリ", "担当ファイル", "所有"]),
        Case(language: "zh",
             labels: [("负责文件", .write), ("負責檔案", .write), ("只读文件", .read), ("禁止修改", .forbidden), ("共享文件", .shared)],
             agentColumns: ["代理", "智能体"],
             fileColumns: ["负责文件", "文件"]),
        Case(language: "ko",
             labels: [("담당 파일", .write), ("읽기 전용", .read), ("수정 금지", .forbidden), ("공유 파일", .shared)],
             agentColumns: ["에이전트", "이름"],
             fileColumns: ["담당 파일", "파일"]),
        Case(language: "es",
             labels: [("Archivos", .write), ("Archivos propios", .write), ("Solo lectura", .read), ("Sólo lectura", .read),
                      ("No modificar", .forbidden), ("Archivos compartidos", .shared)],
             agentColumns: ["Agente"],
             fileColumns: ["Archivos", "Directorios"]),
        Case(language: "pt",
             labels: [("Arquivos", .write), ("Somente leitura", .read), ("Não modificar", .forbidden),
                      ("Arquivos compartilhados", .shared)],
             agentColumns: ["Agente"],
             fileColumns: ["Arquivos", "Pastas"]),
        Case(language: "fr",
             labels: [("Fichiers", .write), ("Lecture seule", .read), ("Ne pas modifier", .forbidden),
                      ("Fichiers partagés", .shared)],
             agentColumns: ["Nom"],
             fileColumns: ["Fichiers", "Répertoires"]),
        Case(language: "de",
             labels: [("Dateien", .write), ("Verzeichnisse", .write), ("Nur lesen", .read), ("Verboten", .forbidden),
                      ("Nicht ändern", .forbidden), ("Gemeinsame Dateien", .shared)],
             agentColumns: ["Agent"],
             fileColumns: ["Dateien", "Verzeichnisse"]),
    ]

    @Test(arguments: cases)
    func sectionLabelsAreClassified(_ language: Case) {
        for (label, access) in language.labels {
            #expect(SectionClassifier.classify(label) == access, "\(language.language): \(label)")
        }
    }

    @Test(arguments: cases)
    func rosterColumnsAreRecognised(_ language: Case) {
        for agent in language.agentColumns {
            for files in language.fileColumns {
                let columns = TableColumns(header: [agent, files])
                #expect(columns.roles[0] == .agent, "\(language.language): \(agent)")
                #expect(columns.roles[1] == .paths(.write), "\(language.language): \(files)")
            }
        }
    }

    @Test func everyLanguageHasAllClasses() {
        for vocabulary in LabelVocabulary.all {
            #expect(!vocabulary.write.isEmpty && !vocabulary.read.isEmpty && !vocabulary.forbidden.isEmpty
                && !vocabulary.shared.isEmpty && !vocabulary.wave.isEmpty, "\(vocabulary.language)")
        }
    }

    @Test func waveHeadingsAndCellsInOtherLanguages() {
        #expect(HeadingRole.classify(text: "ウェーブ 1", level: 2) == .wave([1]))
        #expect(HeadingRole.classify(text: "Welle 2", level: 2) == .wave([2]))
        #expect(HeadingRole.classify(text: "Oleada 1-2", level: 2) == .wave([1, 2]))
        #expect(HeadingRole.classify(text: "Olas de calor", level: 2) == .other)
        #expect(TableColumns(header: ["名前", "ウェーブ"]).roles[1] == .wave)
    }

    @Test func aRosterShortNameIsTheHeadingsAgentAndAnAlias() {
        let plan = PlanReader().read(text: """
            | 名前 | 担当ファイル | ウェーブ |
            |---|---|---|
            | データ基盤 | `backend/models/` | 1 |

            ### Agent 1: データ基盤（Models / Events / Auth）
            **担当範囲**：`backend/auth/`

            ### Agent 2: 通知
            **所有**: `backend/notify/`
            """, file: "plans/x/agent-assignments.md")
        #expect(plan.agents.map(\.id) == ["models-events-auth", "agent-2"])
        #expect(plan.agents.first?.aliases.contains("データ基盤") == true)
        #expect(plan.agents.first?.entries.map(\.pattern).sorted() == ["backend/auth/", "backend/models/"])
        #expect(plan.agents.first?.waves == [1])
    }

    @Test func agenteHeadingsAreAgents() {
        let plan = PlanReader().read(text: "## Agente 1: Pedidos\n**Archivos**: `api/`", file: "plans/x/agent-assignments.md")
        #expect(plan.agents.map(\.id) == ["pedidos"])
        #expect(plan.agents.first?.entries.map(\.pattern) == ["api/"])
    }
}
