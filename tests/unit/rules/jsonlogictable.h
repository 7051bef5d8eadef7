#pragma once

// Helpers for the table-driven JsonLogic tests: rows of (rule, data, expected) as JSON text.
#include "app/rules/jsonlogic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace ow::test::jsonlogic {

struct Row
{
    const char* rule;
    const char* data;
    const char* expected;
};

// Any JSON text, scalars included.
inline QJsonValue json(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        qFatal("bad JSON in test table: %s", text.constData());
    return doc.array().first();
}

inline QByteArray text(const QJsonValue& v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

inline void columns()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
}

inline void rows(std::initializer_list<Row> table)
{
    int i = 0;
    for (const Row& r : table) {
        QTest::addRow("%d: %s @ %s", i++, r.rule, r.data)
            << QByteArray(r.rule) << QByteArray(r.data) << QByteArray(r.expected);
    }
}

inline void check()
{
    QFETCH(QByteArray, rule);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    const auto result = ow::rules::Evaluator().evaluate(json(rule), json(data));
    QVERIFY2(result.ok(),
        qPrintable(result.ok() ? QString() : result.error().message + u' ' + result.error().where));
    QCOMPARE(text(*result), text(json(expected)));
    QCOMPARE(result->type(), json(expected).type());
}

} // namespace ow::test::jsonlogic
