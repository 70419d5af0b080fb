import CLibXML2

/// What libxml2 reports of a part, as `PushParser` passes it on; everything borrowed for the call.
enum PartEvent {
    /// An element opens, declaring `namespaces` namespaces, on line `line`.
    case start(XMLName, XMLAttributes, namespaces: Int, line: Int)
    /// An element closes.
    case end(XMLName)
    /// Text, whitespace or a CDATA section.
    case text(UnsafeBufferPointer<UInt8>)
    /// The first error or warning: the XML is malformed here.
    case error(line: Int, column: Int)
}

/// libxml2's SAX2 push parser, called directly. The bytes go in chunks of `chunkSize`: Excel
/// writes a sheet on one line, and one buffer of more than 10 MB makes libxml2 fail with "Huge
/// input lookup" (`XML_PARSE_HUGE` is never set). Only `XML_PARSE_NONET` is set: no entity is
/// replaced, no DTD loaded (`XMLGuard` refuses any before this). Errors and warnings come to a
/// structured handler, so libxml2 never prints; the first one ends the parse, as FoundationXML's
/// `XMLParser` ended it (a warning such as `version="1.1"` included: Excel writes none).
enum PushParser {
    /// The bytes given to libxml2 at a time.
    static let chunkSize = 64 << 10

    /// libxml2's global state, set up once before any thread parses: periods are read in parallel.
    private static let initialised: Void = xmlInitParser()

    /// Parses `bytes` (not empty), passing each event to `handle` until it returns false; an error
    /// or a warning is the last event.
    ///
    /// - Complexity: O(`bytes.count`).
    static func parse(_ bytes: [UInt8], _ handle: (PartEvent) -> Bool) {
        _ = initialised
        withoutActuallyEscaping(handle) { handle in
            var sink = EventSink(handle: handle)
            var sax = callbacks()
            // With no user data, libxml2 hands each callback the parser context. Without a context
            // (libxml2 out of memory) the part is refused at its start.
            guard let context = xmlCreatePushParserCtxt(&sax, nil, nil, 0, nil) else {
                _ = handle(.error(line: 1, column: 1))
                return
            }
            defer {
                if let document = context.pointee.myDoc { xmlFreeDoc(document) }
                xmlFreeParserCtxt(context)
            }
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
            withUnsafeMutablePointer(to: &sink) { sink in
                context.pointee._private = UnsafeMutableRawPointer(sink)
                bytes.withUnsafeBytes { buffer in
                    var offset = 0
                    while !sink.pointee.stopped, let base = buffer.baseAddress {
                        let count = min(chunkSize, buffer.count - offset)
                        let last = offset + count == buffer.count
                        xmlParseChunk(context, (base + offset).assumingMemoryBound(to: CChar.self), Int32(count), last ? 1 : 0)
                        offset += count
                        if last { break }
                    }
                }
                context.pointee._private = nil
            }
        }
    }

    /// The callbacks: elements by local name, text and CDATA alike, an error or warning as the last
    /// event. Whitespace is always text (`ignorableWhitespace` is `characters`).
    private static func callbacks() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, name, _, _, namespaces, _, count, _, attributes in
            guard let name else { return }
            let fields = UnsafeRawPointer(attributes)?.assumingMemoryBound(to: UnsafePointer<UInt8>?.self)
            pass(context) { parser in
                let line = Int(parser.pointee.input?.pointee.line ?? 0)
                return .start(XMLName(start: name), XMLAttributes(fields: fields, count: Int(count)), namespaces: Int(namespaces), line: line)
            }
        }
        sax.endElementNs = { context, name, _, _ in
            guard let name else { return }
            pass(context) { _ in .end(XMLName(start: name)) }
        }
        let text: charactersSAXFunc = { context, bytes, length in
            guard let bytes else { return }
            pass(context) { _ in .text(UnsafeBufferPointer(start: bytes, count: Int(length))) }
        }
        sax.characters = text
        sax.ignorableWhitespace = text
        sax.cdataBlock = text
        sax.serror = { context, error in
            guard let error else { return }
            pass(context) { _ in .error(line: Int(error.pointee.line), column: Int(error.pointee.int2)) }
        }
        return sax
    }
}

/// Where the callbacks find the handler of a parse: the parser context's `_private` points here.
private struct EventSink {
    let handle: (PartEvent) -> Bool
    /// Set when `handle` returned false: the parser is stopped and nothing more is passed on.
    var stopped = false
}

/// Passes the event `make` builds to the handler of the parser `context`, unless it is stopped;
/// stops the parser when the handler returns false.
private func pass(_ context: UnsafeMutableRawPointer?, _ make: (xmlParserCtxtPtr) -> PartEvent) {
    guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
        let sink = parser.pointee._private?.assumingMemoryBound(to: EventSink.self), !sink.pointee.stopped
    else { return }
    if !sink.pointee.handle(make(parser)) {
        sink.pointee.stopped = true
        xmlStopParser(parser)
    }
}
