import Foundation

/// JSON `null` for the dictionaries the JSON writers build.
enum NSNullValue {
    static var value: Any { NSNull() }
}
