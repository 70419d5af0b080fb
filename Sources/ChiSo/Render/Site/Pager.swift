/// The links to the previous and next page of a sequence (periods of a kind, units by name).
enum Pager {
    /// A page the pager links to: its path from the site's root and its name.
    struct Target {
        let path: String
        let label: String
    }

    /// The pager's context, nil when there is neither a previous nor a next page.
    static func context(label: String, previous: Target?, next: Target?, root: String, strings: Strings, kind: (TextKey, TextKey)) -> [String: Any]? {
        guard previous != nil || next != nil else { return nil }
        var context: [String: Any] = ["label": label]
        if let previous { context["previous"] = ["href": root + previous.path, "label": previous.label, "direction": strings[kind.0]] }
        if let next { context["next"] = ["href": root + next.path, "label": next.label, "direction": strings[kind.1]] }
        return context
    }
}
