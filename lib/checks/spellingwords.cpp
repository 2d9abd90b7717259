#include "checks/spellingwords.h"

#include "propose/handbooksettings.h"

#include <QStandardPaths>

namespace Folio::Checks {

namespace {

QString withPlainApostrophes(QString word)
{
    return word.replace(QChar(0x2019), u'\'');
}

} // namespace

SpellingWords::SpellingWords()
{
    rebuild();
}

std::shared_ptr<SpellingWords> SpellingWords::open(const QString &handbookListPath,
                                                   const QString &personalListPath,
                                                   QList<Error> *problems)
{
    auto words = std::make_shared<SpellingWords>();
    const auto take = [problems](const QString &path, WordList *list) {
        if (path.isEmpty())
            return;
        if (auto loaded = WordList::load(path)) {
            *list = std::move(loaded).value();
        } else {
            // Kept empty with its path: add() reads the file again and refuses the same way.
            *list = WordList(path);
            if (problems)
                problems->append(loaded.error());
        }
    };
    take(handbookListPath, &words->m_handbook);
    take(personalListPath, &words->m_personal);
    const std::lock_guard lock(words->m_mutex);
    words->rebuild();
    return words;
}

QString SpellingWords::handbookListPath(const QString &rootPath,
                                        const Propose::HandbookSettings &settings)
{
    const QString relative =
        settings.dictionary().isEmpty() ? DefaultHandbookList : settings.dictionary();
    return rootPath + u'/' + relative;
}

QString SpellingWords::personalListPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' +
           PersonalListName;
}

Result<void> SpellingWords::add(const QString &word, Scope scope)
{
    const std::lock_guard lock(m_mutex);
    switch (scope) {
    case Scope::Handbook:
    case Scope::Personal: {
        WordList &list = scope == Scope::Handbook ? m_handbook : m_personal;
        if (auto added = list.add(word); !added)
            return added.error();
        break;
    }
    case Scope::Session:
        if (const QString reason = WordList::invalidWordReason(word); !reason.isEmpty())
            return Error{ErrorDomain::Spelling, 0, reason};
        if (!m_session.contains(word))
            m_session.append(word);
        break;
    }
    rebuild();
    return {};
}

Result<void> SpellingWords::reload()
{
    const std::lock_guard lock(m_mutex);
    Result<void> result;
    for (WordList *list : {&m_handbook, &m_personal}) {
        if (list->path().isEmpty())
            continue;
        if (auto loaded = WordList::load(list->path()))
            *list = std::move(loaded).value();
        else if (result)
            result = loaded.error();
    }
    rebuild();
    return result;
}

QStringList SpellingWords::words(Scope scope) const
{
    const std::lock_guard lock(m_mutex);
    switch (scope) {
    case Scope::Handbook:
        return m_handbook.words();
    case Scope::Personal:
        return m_personal.words();
    case Scope::Session:
        break;
    }
    return m_session;
}

QString SpellingWords::path(Scope scope) const
{
    const std::lock_guard lock(m_mutex);
    switch (scope) {
    case Scope::Handbook:
        return m_handbook.path();
    case Scope::Personal:
        return m_personal.path();
    case Scope::Session:
        break;
    }
    return {};
}

bool SpellingWords::accepts(const QString &word) const
{
    const std::lock_guard lock(m_mutex);
    return m_snapshot.accepted.contains(withPlainApostrophes(word));
}

SpellingWords::Snapshot SpellingWords::snapshot() const
{
    const std::lock_guard lock(m_mutex);
    return m_snapshot;
}

QStringList SpellingWords::acceptedForms(const QString &word)
{
    const QString plain = withPlainApostrophes(word);
    QStringList forms{plain, plain.toUpper()};
    if (plain == plain.toLower() && !plain.isEmpty()) {
        QString capitalized = plain;
        capitalized[0] = capitalized[0].toUpper();
        forms.append(capitalized);
    }
    forms.removeDuplicates();
    return forms;
}

void SpellingWords::rebuild()
{
    Snapshot snapshot;
    for (const QStringList &list : {m_handbook.words(), m_personal.words(), m_session}) {
        for (const QString &word : list) {
            for (const QString &form : acceptedForms(word))
                snapshot.accepted.insert(form);
        }
    }
    snapshot.dictionaryWords = m_handbook.words() + m_personal.words();
    snapshot.generation = m_generation.fetch_add(1) + 1;
    m_snapshot = std::move(snapshot);
}

} // namespace Folio::Checks
