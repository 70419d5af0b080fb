extension TOMLPlaces {
    /// The place of `key` inside the inline table `{ … }` written on the line of `place`, or
    /// `place` itself when the key is not written there (a sub-table `[standing.online_rate]`).
    ///
    /// Text inside quotes and after a comment sign is passed over, so a note that mentions
    /// `rank` is not taken for the key.
    func place(of key: String, inlineAt place: SourceLocation) -> SourceLocation {
        guard lines.indices.contains(place.line - 1) else { return place }
        let line = Array(lines[place.line - 1])
        let target = Array(key)
        var quote: Character?
        var opened = false
        var index = 0
        while index < line.count {
            let character = line[index]
            if let open = quote {
                if character == "\\", open == "\"" { index += 1 } else if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                break
            } else if character == "{" {
                opened = true
            } else if opened, "{, \t".contains(line[index - 1]), line[index...].starts(with: target),
                index + target.count < line.count, " \t=".contains(line[index + target.count])
            {
                return SourceLocation(file: path, line: place.line, column: index + 1)
            }
            index += 1
        }
        return place
    }
}
