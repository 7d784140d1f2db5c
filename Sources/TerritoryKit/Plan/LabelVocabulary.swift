/// The words that name a territory class, the agent column and the wave column in plans not
/// written in English: one table per language, kept as data so a language is added by adding
/// a table, and tested table by table (`PlanLabelVocabularyTests`).
///
/// The English words stay in `SectionClassifier` and `TableColumns`, whose order and exceptions
/// the 33 corpus plans were read with. Words here are lower-case. Words of scripts written without
/// spaces between words (Japanese, Chinese, and Korean, whose particles attach) match anywhere in a label (`所有ファイル`,
/// `負責文件`); the others match as whole words, or as word prefixes when they end in `-`
/// (`compartid-` matches `compartido`, `compartidos`).
struct LabelVocabulary: Sendable {
    var language: String
    var write: [String]
    var read: [String]
    var forbidden: [String]
    var shared: [String]
    /// Column headers that name the row's agent (`名前`, `Agente`).
    var agent: [String]
    /// Column headers and heading prefixes that give waves (`ウェーブ`, `Welle`).
    var wave: [String]

    static let japanese = LabelVocabulary(
        language: "ja",
        write: ["排他", "担当", "所有", "ファイル", "ディレクトリ", "フォルダ", "作成", "変更", "編集", "書き込み", "領域", "範囲"],
        read: ["読み取り", "読み込み専用", "参照のみ", "参照専用", "閲覧"],
        forbidden: ["禁止", "変更しない", "触らない", "変更不可", "編集不可", "立入"],
        shared: ["共有", "共通"],
        agent: ["エージェント", "名前", "担当者"],
        wave: ["ウェーブ", "波"])

    static let chinese = LabelVocabulary(
        language: "zh",
        write: ["负责", "負責", "所有", "独占", "獨占", "拥有", "擁有", "文件", "檔案", "目录", "目錄", "创建", "建立", "修改", "范围", "範圍"],
        read: ["只读", "只讀", "唯读", "唯讀", "读取", "讀取"],
        forbidden: ["禁止", "不得", "不要修改", "不可修改", "勿"],
        shared: ["共享", "共用"],
        agent: ["代理", "智能体", "智能體", "名称", "名稱", "名字"],
        wave: ["波次", "批次"])

    static let korean = LabelVocabulary(
        language: "ko",
        write: ["담당", "소유", "파일", "디렉토리", "디렉터리", "폴더", "생성", "수정", "범위", "영역"],
        read: ["읽기 전용", "읽기", "참조"],
        forbidden: ["금지", "수정하지", "건드리지"],
        shared: ["공유"],
        agent: ["에이전트", "이름"],
        wave: ["웨이브"])

    static let spanish = LabelVocabulary(
        language: "es",
        write: ["archivo-", "fichero-", "directorio-", "carpeta-", "propiedad", "propio-", "crear", "modificar", "alcance", "exclusivo-"],
        read: ["solo lectura", "sólo lectura", "lectura"],
        forbidden: ["no modificar", "no tocar", "prohibid-", "no debe-"],
        shared: ["compartid-"],
        agent: ["agente", "agentes"],
        wave: ["ola", "oleada"])

    static let portuguese = LabelVocabulary(
        language: "pt",
        write: ["arquivo-", "ficheiro-", "diretório-", "diretorio-", "pasta-", "propriedade", "criar", "modificar", "escopo", "exclusivo-"],
        read: ["somente leitura", "só leitura", "apenas leitura", "leitura"],
        forbidden: ["não modificar", "nao modificar", "não tocar", "proibid-", "não deve-"],
        shared: ["compartilhad-", "partilhad-"],
        agent: ["agente", "agentes"],
        wave: ["onda"])

    static let french = LabelVocabulary(
        language: "fr",
        write: ["fichier-", "répertoire-", "dossier-", "propriété", "périmètre", "créer", "modifier", "exclusi-"],
        read: ["lecture seule", "lecture"],
        forbidden: ["ne pas modifier", "ne pas toucher", "interdit-", "ne doit pas"],
        shared: ["partagé-"],
        agent: ["nom"],
        wave: ["vague"])

    static let german = LabelVocabulary(
        language: "de",
        write: ["datei-", "verzeichnis-", "ordner", "eigentum", "zuständig-", "besitz", "erstellen", "ändern", "bereich", "exklusiv-"],
        read: ["nur lesen", "nur-lesen", "lesezugriff", "lesen"],
        forbidden: ["nicht ändern", "nicht anfassen", "verboten", "tabu"],
        shared: ["gemeinsam-", "geteilt-"],
        agent: [],
        wave: ["welle"])

    static let all: [LabelVocabulary] = [japanese, chinese, korean, spanish, portuguese, french, german]

    /// The class the words of any language give `lower` (lower-cased label text), with the
    /// English precedence across all languages: read, forbidden, shared, write — so that
    /// Portuguese `não modificar` is forbidden although Spanish `modificar` is write.
    static func classify(_ lower: String) -> Access? {
        let classes: [(Access, KeyPath<LabelVocabulary, [String]>)] = [
            (.read, \.read), (.forbidden, \.forbidden), (.shared, \.shared), (.write, \.write),
        ]
        for (access, words) in classes where all.contains(where: { $0[keyPath: words].contains { matches(lower, $0) } }) {
            return access
        }
        return nil
    }

    /// True when `lower` (a whole column header, lower-cased) names the row's agent.
    static func isAgentColumn(_ lower: String) -> Bool {
        all.contains { $0.agent.contains { matches(lower, $0) } }
    }

    /// True when `lower` (a whole column header, lower-cased) gives the row's waves.
    static func isWaveColumn(_ lower: String) -> Bool {
        all.contains { $0.wave.contains { matches(lower, $0) } }
    }

    /// `lower` with a wave word of some language at its start dropped (`welle 2` → ` 2`), or nil.
    static func afterWaveWord(_ lower: String) -> Substring? {
        for vocabulary in all {
            for word in vocabulary.wave where lower.hasPrefix(word) {
                let rest = lower.dropFirst(word.count)
                // `ola` must not take `olas…`; CJK words are followed directly by the number.
                if word.allSatisfy(\.isASCII), let next = rest.first, next.isLetter { continue }
                return rest
            }
        }
        return nil
    }

    static func matches(_ lower: String, _ word: String) -> Bool {
        if word.hasSuffix("-") { return lower.containsWord(String(word.dropLast()), prefix: true) }
        if word.unicodeScalars.contains(where: isUnspaced) { return lower.containsText(word) }
        return lower.containsWord(word)
    }

    /// Kana, CJK ideographs and Hangul: scripts written without spaces between words, or (Korean)
    /// with particles glued to them (`담당파일`, `파일은`).
    private static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(scalar.value) || (0x3400...0x9FFF).contains(scalar.value)
            || (0xF900...0xFAFF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
    }
}
