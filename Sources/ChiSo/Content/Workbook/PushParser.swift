import CLibXML2

/// libxml2's SAX2 push parser, called directly, feeding a `PartHandler`. The bytes go in chunks of
/// `chunkSize`: Excel writes a sheet on one line, and one buffer of more than 10 MB makes libxml2
/// fail with "Huge input lookup" (`XML_PARSE_HUGE` is never set). Only `XML_PARSE_NONET` is set:
/// no entity is replaced, no DTD loaded (`XMLGuard` refuses any before this). Errors come to a
/// structured handler, so libxml2 never prints; the first error, or a handler's problem, stops
/// the parser.
enum PushParser {
    /// The bytes given to libxml2 at a time.
    static let chunkSize = 64 << 10

    /// libxml2's global state, set up once before any thread parses: periods are read in parallel.
    private static let initialised: Void = xmlInitParser()

    /// Parses `bytes` (not empty) into `handler`, which ends with a problem or with the elements
    /// it saw closed.
    ///
    /// - Complexity: O(`bytes.count`).
    static func parse(_ bytes: [UInt8], into handler: PartHandler) {
        _ = initialised
        var sax = callbacks()
        // With no user data, libxml2 hands each callback the parser context; `_private` holds the handler.
        guard let context = xmlCreatePushParserCtxt(&sax, nil, nil, 0, nil) else {
            handler.failed(line: 1, column: 1)
            return
        }
        defer {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            xmlFreeParserCtxt(context)
        }
        context.pointee._private = Unmanaged.passUnretained(handler).toOpaque()
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        withExtendedLifetime(handler) {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while handler.problem == nil, let base = buffer.baseAddress {
                    let count = min(chunkSize, buffer.count - offset)
                    let last = offset + count == buffer.count
                    xmlParseChunk(context, (base + offset).assumingMemoryBound(to: CChar.self), Int32(count), last ? 1 : 0)
                    offset += count
                    if last { break }
                }
            }
        }
    }

    /// The callbacks: elements by local name, text and CDATA alike, errors as the part's problem.
    /// Whitespace is always text (`ignorableWhitespace` is `characters`): `<t> </t>` keeps its space.
    /// A warning (XML that is well-formed but odd, such as a relative namespace URI) is no problem.
    private static func callbacks() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, name, _, _, namespaces, _, count, _, attributes in
            guard let (parser, handler) = partHandler(context), let name else { return }
            let fields = UnsafeRawPointer(attributes)?.assumingMemoryBound(to: UnsafePointer<UInt8>?.self)
            let line = Int(parser.pointee.input?.pointee.line ?? 0)
            let attributes = XMLAttributes(fields: fields, count: Int(count))
            if !handler.opened(XMLName(start: name), attributes, namespaces: Int(namespaces), line: line) { xmlStopParser(parser) }
        }
        sax.endElementNs = { context, name, _, _ in
            guard let (parser, handler) = partHandler(context), let name else { return }
            if !handler.closed(XMLName(start: name)) { xmlStopParser(parser) }
        }
        let text: charactersSAXFunc = { context, bytes, length in
            guard let (parser, handler) = partHandler(context), let bytes else { return }
            if !handler.found(UnsafeBufferPointer(start: bytes, count: Int(length))) { xmlStopParser(parser) }
        }
        sax.characters = text
        sax.ignorableWhitespace = text
        sax.cdataBlock = text
        sax.serror = { context, error in
            guard let (parser, handler) = partHandler(context), let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue
            else { return }
            handler.failed(line: Int(error.pointee.line), column: Int(error.pointee.int2))
            xmlStopParser(parser)
        }
        return sax
    }
}

/// The parser context a callback is given, and the handler `PushParser.parse` put in it.
private func partHandler(_ context: UnsafeMutableRawPointer?) -> (xmlParserCtxtPtr, PartHandler)? {
    guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let handler = parser.pointee._private else { return nil }
    return (parser, Unmanaged<PartHandler>.fromOpaque(handler).takeUnretainedValue())
}
