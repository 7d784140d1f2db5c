import Testing
import TerritoryKit

/// The line-oriented declaration extractors, one language each.
@Suite struct ContractExtractorTests {
    static func names(_ text: String, _ language: SourceLanguage) -> [String] {
        DeclarationExtractor.declarations(in: text, language: language).map(\.description)
    }

    @Test func python() {
        let text = "class A:\n    async def f(self, x: int,\n            y: Dict[str, int] = {}, *, z=1) -> None:\n        pass\ndef g(*args, **kw): ...\n"
        #expect(Self.names(text, .python) == ["A", "A.f(x, y, z)", "g(*args, **kw)"])
    }

    @Test func typeScript() {
        let text = """
        export class Client {
          constructor(private base: string) {}
          async fetch<T>(url: string, opts?: Options): Promise<T> {
            if (x) { return y }
          }
        }
        export function upload(file: File, cb = () => 1) {}
        export const remove = async (id: string) => {}
        export interface Doc { id: string }
        const api = {
          load: async (id) => id,
        }
        """
        #expect(Self.names(text, .typescript) == [
            "Client", "Client.constructor(base)", "Client.fetch(url, opts)", "upload(file, cb)",
            "remove(id)", "Doc", "load(id)",
        ])
    }

    @Test func swift() {
        let text = "public struct S {\n    @discardableResult public func add(doc d: Int, _ p: Int) -> Int { 0 }\n    init?(x: Int) {}\n}\nfunc free() {}\n"
        #expect(Self.names(text, .swift) == ["S", "S.add(doc, _)", "S.init(x)", "free()"])
    }

    @Test func go() {
        let text = "type Index struct {\n\titems []int\n}\nfunc (i *Index) Add(id, name string, v []float32) error {\n}\ntype Store interface {\n\tGet(id string) error\n}\n"
        #expect(Self.names(text, .go) == ["Index", "Index.Add(id, name, v)", "Store", "Store.Get(id)"])
    }
}
