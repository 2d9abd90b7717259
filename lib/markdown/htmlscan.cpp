#include "markdown/htmlscan_p.h"

#include <QLatin1String>

namespace Folio::Markdown {

bool isVoidElement(QStringView name)
{
    // Called for every tag of a page: filter on length before comparing.
    static constexpr QLatin1String voids[] = {
        QLatin1String("area"),  QLatin1String("base"),  QLatin1String("br"),
        QLatin1String("col"),   QLatin1String("embed"), QLatin1String("hr"),
        QLatin1String("img"),   QLatin1String("input"), QLatin1String("link"),
        QLatin1String("meta"),  QLatin1String("param"), QLatin1String("source"),
        QLatin1String("track"), QLatin1String("wbr")};
    if (name.size() < 2 || name.size() > 6)
        return false;
    for (const QLatin1String v : voids) {
        if (v.size() == name.size() && name.compare(v, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

qsizetype tagEnd(QStringView html, qsizetype at)
{
    if (html.sliced(at).startsWith(u"<!--")) {
        const qsizetype close = html.indexOf(u"-->", at + 4);
        return close < 0 ? html.size() : close + 3;
    }
    QChar quote;
    for (qsizetype i = at + 1; i < html.size(); ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return html.size();
}

} // namespace Folio::Markdown
