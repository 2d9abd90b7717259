#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace Folio::Test {

// The error for QVERIFY2, which evaluates its message even when the check passes.
template<typename T> QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// Points FOLIO_DICTIONARY_PATH (where Folio looks for Hunspell dictionaries) somewhere for
// one test, and restores it after.
class DictionaryPath
{
public:
    explicit DictionaryPath(const QString &path)
        : m_old(qgetenv("FOLIO_DICTIONARY_PATH"))
        , m_wasSet(qEnvironmentVariableIsSet("FOLIO_DICTIONARY_PATH"))
    {
        qputenv("FOLIO_DICTIONARY_PATH", path.toLocal8Bit());
    }
    ~DictionaryPath()
    {
        if (m_wasSet)
            qputenv("FOLIO_DICTIONARY_PATH", m_old);
        else
            qunsetenv("FOLIO_DICTIONARY_PATH");
    }
    DictionaryPath(const DictionaryPath &) = delete;
    DictionaryPath &operator=(const DictionaryPath &) = delete;

private:
    QByteArray m_old;
    bool m_wasSet;
};

} // namespace Folio::Test
