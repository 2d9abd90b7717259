#include "preview/previewscripts.h"

#include <QFile>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace Folio::Preview {

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened); // compiled into the binary
    return QString::fromUtf8(file.readAll());
}

// A library's source wrapped in a function that runs it and returns its global. Chromium
// only pre-parses a function body, so a page without code or diagrams pays little for the
// 4 MB of libraries; the first page that needs one runs it.
QString loader(const QString &path, const QString &global)
{
    return QStringLiteral("function () {\n") + resourceText(path) +
           QStringLiteral("\n;return %1;\n}").arg(global);
}

} // namespace

void PreviewScripts::install(QWebEngineProfile *profile)
{
    QWebEngineScript decorations;
    decorations.setName(QStringLiteral("folio-decorations"));
    decorations.setSourceCode(resourceText(QStringLiteral(":/preview/decorations.js")));
    // After the bridge (DocumentCreation) has defined folio, before Folio patches content
    // into the shell (on loadFinished).
    decorations.setInjectionPoint(QWebEngineScript::DocumentReady);
    decorations.setWorldId(QWebEngineScript::ApplicationWorld);
    decorations.setRunsOnSubFrames(false);
    profile->scripts()->insert(decorations);
}

QString PreviewScripts::librariesSource()
{
    static const QString source =
        QStringLiteral("var folioLibraries = {\nhljs: ") +
        loader(QStringLiteral(":/preview/lib/highlight.min.js"), QStringLiteral("hljs")) +
        QStringLiteral(",\nmermaid: ") +
        loader(QStringLiteral(":/preview/lib/mermaid.min.js"), QStringLiteral("mermaid")) +
        QStringLiteral("\n};\ntrue;\n");
    return source;
}

bool PreviewScripts::needsLibraries(const QString &blockHtml)
{
    return blockHtml.contains(QLatin1String("<pre lang=\""));
}

} // namespace Folio::Preview
