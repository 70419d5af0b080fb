/// Lists for templates: a list with items becomes `{"items": […]}`, an empty one nothing, so a
/// template wraps a list in its markup only when there is something to list:
/// `{{#figures}}<ul>{{#items}}…{{/items}}</ul>{{/figures}}`.
enum TemplateList {
    static func of(_ items: [[String: Any]]) -> [String: Any]? { items.isEmpty ? nil : ["items": items] }
}
