#include "handbookgenerator.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace Folio::Bench {

namespace {

constexpr std::array words = {
    "handbook",  "merge",      "request",   "customer",  "architect",    "review",
    "offline",   "branch",     "commit",    "page",      "section",      "onboarding",
    "sales",     "support",    "process",   "team",      "value",        "release",
    "pipeline",  "runner",     "security",  "policy",    "travel",       "expense",
    "meeting",   "agenda",     "async",     "remote",    "the",          "a",
    "of",        "to",         "and",       "in",        "for",          "is",
    "with",      "on",         "we",        "our",       "this",         "that",
    "über",      "café",       "results",   "iteration", "transparency", "collaboration",
    "diversity", "efficiency", "quarterly", "business",  "forecast",     "pipeline"};

constexpr int Sections = 40;
constexpr int Subsections = 10;
constexpr int Images = 1500;

QString sectionPath(int page)
{
    return QStringLiteral("handbook/section-%1/topic-%2")
        .arg(page % Sections)
        .arg(page / Sections % Subsections);
}

// The site URL of page n (pages 0..Sections*Subsections-1 are the topics' _index.md).
QByteArray pageUrl(int n)
{
    if (n < Sections * Subsections)
        return ("/handbook/section-" + QByteArray::number(n % Sections) + "/topic-" +
                QByteArray::number(n / Sections % Subsections) + "/");
    return "/" + sectionPath(n).toUtf8() + "/page-" + QByteArray::number(n) + "/";
}

QString pageFile(int n)
{
    if (n < Sections * Subsections)
        return QStringLiteral("content/") + sectionPath(n) + QStringLiteral("/_index.md");
    return QStringLiteral("content/") + sectionPath(n) + QStringLiteral("/page-%1.md").arg(n);
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

qint64 generateHandbook(const QString &root, int pages, quint32 seed)
{
    std::mt19937 random(seed);
    // ln(5.5 KB) and a spread that gives p90 ~22 KB and p99 ~62 KB.
    std::lognormal_distribution<double> size(std::log(5.5 * 1024), 1.05);
    std::uniform_int_distribution<int> word(0, int(words.size()) - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> anyPage(0, std::max(0, pages - 1));
    std::uniform_int_distribution<int> anyImage(0, Images - 1);

    qint64 total = 0;
    if (!write(root + QStringLiteral("/config.toml"), "baseURL = '/'\ntitle = 'Generated'\n"))
        return -1;
    if (!write(root + QStringLiteral("/content/_index.md"), "---\ntitle: Home\n---\n# Home\n"))
        return -1;
    for (int i = 0; i < Images; ++i) {
        if (i % 10 == 0 && !write(root + QStringLiteral("/static/images/img-%1.png").arg(i), "PNG"))
            return -1;
    }
    for (int n = 0; n < pages; ++n) {
        const qint64 target = std::clamp<qint64>(qint64(size(random)), 300, 250 * 1024);
        const bool withPhrase = percent(random) < 2;
        QByteArray text = "---\ntitle: \"" + QByteArray(words[size_t(word(random))]) + ' ' +
                          QByteArray(words[size_t(word(random))]) + ' ' + QByteArray::number(n) +
                          "\"\ndescription: Generated page " + QByteArray::number(n) +
                          "\ncanonical_path: \"" + pageUrl(n) +
                          "\"\n---\n\n"
                          // What links to #overview find: the generated links are valid but
                          // for the missing pages on purpose.
                          "## Overview\n\n";
        int paragraph = 0;
        while (text.size() < target) {
            if (paragraph % 4 == 0) {
                text += (paragraph % 8 == 0 ? "## " : "### ");
                text += QByteArray(words[size_t(word(random))]) + ' ' +
                        QByteArray(words[size_t(word(random))]);
                if (percent(random) < 3)
                    text += " {#custom-" + QByteArray::number(paragraph) + '}';
                text += "\n\n";
            }
            for (int w = 0; w < 60; ++w) {
                text += words[size_t(word(random))];
                // About one word in 200 is a link: ~35,000 links on 4,000 pages, as measured.
                const int roll = percent(random) * 10 + percent(random) / 10;
                if (roll < 5) {
                    const int to = anyPage(random);
                    text += " [see this](" +
                            (percent(random) < 5
                                 ? QByteArray("/handbook/missing-") + QByteArray::number(to) + '/'
                                 : pageUrl(to)) +
                            (roll == 0 ? "#overview" : "") + ')';
                }
                text += w % 15 == 14 ? ".\n" : " ";
            }
            if (withPhrase && paragraph == 1)
                text += "Plan the quarterly business review with the customer.\n";
            if (paragraph % 7 == 3)
                text += "\n![diagram](/images/img-" +
                        QByteArray::number(anyImage(random) / 10 * 10) + ".png)\n";
            if (paragraph % 11 == 5)
                text += "\n```shell\n# a comment, not a heading\ngit commit -m 'x'\n```\n";
            text += "\n";
            ++paragraph;
        }
        if (!write(root + u'/' + pageFile(n), text))
            return -1;
        total += text.size();
    }
    return total;
}

} // namespace Folio::Bench
