import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

#if canImport(FoundationXML) || os(macOS)
/// Records every element and its attributes as `XMLParser` reads them, so a test can check that
/// the JUnit writer's escaping round-trips through a real XML parser.
final class ReportXMLCollector: NSObject, XMLParserDelegate, @unchecked Sendable {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    /// Elements in document order. Only touched by the parser on the test's own thread.
    private(set) var elements: [Element] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: elementName, attributes: attributes))
    }
}
#endif
