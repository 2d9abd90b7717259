#include "markdown/htmlescape_p.h"

#include <string_view>

namespace Folio::Markdown {

using namespace std::string_view_literals;

void appendHtmlEscaped(QString &out, QStringView text)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        std::string_view replacement;
        switch (text[i].unicode()) {
        case u'&':
            replacement = "&amp;"sv;
            break;
        case u'"':
            replacement = "&quot;"sv;
            break;
        case u'\'':
            replacement = "&#x27;"sv;
            break;
        case u'<':
            replacement = "&lt;"sv;
            break;
        case u'>':
            replacement = "&gt;"sv;
            break;
        case u'\0':
            break; // becomes U+FFFD, as the browser reads a NUL
        default:
            continue;
        }
        out.append(text.sliced(run, i - run));
        if (replacement.empty())
            out.append(QChar(0xfffd));
        else
            out.append(QLatin1String(replacement.data(), qsizetype(replacement.size())));
        run = i + 1;
    }
    out.append(text.sliced(run));
}

QString htmlEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    appendHtmlEscaped(out, text);
    return out;
}

} // namespace Folio::Markdown
