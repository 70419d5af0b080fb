import FlyingFox
import Foundation

/// Answers a GET for a file of the preview folder: the file with its content type, an HTML page
/// with what `PreviewPage` adds, a folder by its index.html.
struct PreviewFiles: Sendable {
    let root: String
    let state: PreviewState

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        let failure = await state.failure
        guard await state.built else {
            return Self.response(.ok, Data(PreviewPage.unbuilt(failure: failure).utf8), type: PreviewPage.contentType(of: "index.html"))
        }
        let raw = request.target.path()
        let path = request.path
        guard !path.split(separator: "/").contains("..") else { return notFound(failure) }
        var file = root + path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else { return notFound(failure) }
        if isFolder.boolValue {
            guard raw.hasSuffix("/") else {
                return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: raw + "/"]))
            }
            file += (file.hasSuffix("/") ? "" : "/") + "index.html"
        }
        guard let data = FileManager.default.contents(atPath: file) else { return notFound(failure) }
        return Self.page(.ok, data, path: file, failure: failure)
    }

    private func notFound(_ failure: String?) -> HTTPResponse {
        let page = FileManager.default.contents(atPath: root + "/404.html") ?? Data("<!DOCTYPE html><title>404</title><body></body>".utf8)
        return Self.page(.notFound, page, path: "404.html", failure: failure)
    }

    private static func page(_ status: HTTPStatusCode, _ data: Data, path: String, failure: String?) -> HTTPResponse {
        let type = PreviewPage.contentType(of: path)
        guard type.hasPrefix("text/html") else { return response(status, data, type: type) }
        return response(status, Data(PreviewPage.served(String(decoding: data, as: UTF8.self), failure: failure).utf8), type: type)
    }

    private static func response(_ status: HTTPStatusCode, _ body: Data, type: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store"]), body: body)
    }
}
