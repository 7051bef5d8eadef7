#include "tests/unit/documents/documentfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow::test::documents {

namespace {

intake::FieldValue typed(const QString& value)
{
    intake::FieldValue v;
    v.value = value;
    return v;
}

intake::FieldValue fromSource(const QString& value, const QString& source, const QString& evidence,
    intake::FieldOrigin origin = intake::FieldOrigin::PrefilledConfirmed)
{
    intake::FieldValue v;
    v.value = value;
    v.origin = origin;
    v.source = source;
    v.evidence = evidence;
    v.obtainedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 12));
    return v;
}

intake::MaterialStatus status(
    intake::MaterialState state, const QString& evidence = {}, const QDate& due = {})
{
    intake::MaterialStatus s;
    s.state = state;
    s.evidence = evidence;
    s.dueDate = due;
    return s;
}

} // namespace

QJsonObject fixtureCatalogJson()
{
    QFile file(QStringLiteral(OW_SOURCE_DIR "/tests/unit/documents/fixture_catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture catalog");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject longListCatalogJson(int extraMaterials)
{
    QJsonObject doc = fixtureCatalogJson();
    QJsonArray materials = doc.value(QStringLiteral("materials")).toArray();
    QJsonArray refs;
    for (int i = 1; i <= extraMaterials; ++i) {
        const QString n = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        const QString docType = QStringLiteral("extraDoc") + n;
        const QString id = docType + QStringLiteral(".applicant");
        materials.append(QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("docType"), docType},
            {QStringLiteral("subject"), QStringLiteral("applicant")},
            {QStringLiteral("name"),
                QJsonObject {{QStringLiteral("zh"), QStringLiteral("补充材料第%1号").arg(n)},
                    {QStringLiteral("en"), QStringLiteral("Extra material %1").arg(n)}}},
            {QStringLiteral("ways"), QJsonArray {QStringLiteral("original"), QStringLiteral("copy")}},
            {QStringLiteral("obtainFrom"),
                QJsonObject {{QStringLiteral("zh"), QStringLiteral("相关主管部门")}}},
        });
        refs.append(QJsonObject {{QStringLiteral("id"), id}});
    }
    doc.insert(QStringLiteral("materials"), materials);
    QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    items.append(QJsonObject {
        {QStringLiteral("code"), QStringLiteral("LONG-ITEM")},
        {QStringLiteral("name"), QJsonObject {{QStringLiteral("zh"), QStringLiteral("材料繁多的测试事项")}}},
        {QStringLiteral("department"), QStringLiteral("mps")},
        {QStringLiteral("legalDays"), 20},
        {QStringLiteral("promisedDays"), 10},
        {QStringLiteral("fields"), QJsonArray {QStringLiteral("applicant.name")}},
        {QStringLiteral("materials"), refs},
    });
    doc.insert(QStringLiteral("items"), items);
    QJsonArray bundles = doc.value(QStringLiteral("bundles")).toArray();
    bundles.append(QJsonObject {
        {QStringLiteral("code"), QStringLiteral("LONGLIST")},
        {QStringLiteral("name"), QJsonObject {{QStringLiteral("zh"), QStringLiteral("长清单测试一件事")}}},
        {QStringLiteral("listType"), QStringLiteral("local")},
        {QStringLiteral("status"), QStringLiteral("example")},
        {QStringLiteral("subjectKind"), QStringLiteral("person")},
        {QStringLiteral("stage"), QStringLiteral("living")},
        {QStringLiteral("leadDepartment"), QStringLiteral("mps")},
        {QStringLiteral("departments"), QJsonArray {QStringLiteral("mps")}},
        {QStringLiteral("items"),
            QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("LONG-ITEM")}}}},
    });
    doc.insert(QStringLiteral("bundles"), bundles);
    return doc;
}

catalog::Catalog fixtureCatalog()
{
    auto c = catalog::Catalog::fromJson(fixtureCatalogJson());
    if (!c)
        qFatal("fixture catalog does not load: %s", qPrintable(c.error().message + u' ' + c.error().where));
    return *c;
}

QJsonObject newbornAnswers()
{
    return {{QStringLiteral("married"), true}, {QStringLiteral("hukouFollows"), QStringLiteral("father")},
        {QStringLiteral("needCard"), true}};
}

catalog::PlanInput newbornInput(bool proxy)
{
    catalog::PlanInput in;
    in.answers = newbornAnswers();
    in.proxy = proxy;
    in.today = QDate(2026, 11, 27);
    return in;
}

intake::CaseData acceptedNewbornCase(const catalog::Catalog& catalog)
{
    using intake::MaterialState;
    intake::CaseData c;
    c.uuid = QStringLiteral("5b0f8a52-3c1e-4d7e-9a55-2f1f4b1d9c01");
    c.caseNumber = kCaseNumber;
    c.bundleCode = QStringLiteral("NEWBORN");
    c.catalogVersion = catalog.version();
    c.catalogHash = catalog.contentHash();
    c.state = intake::CaseState::Accepted;
    c.proxy = true;
    c.consentSharedData = true;
    c.answers = newbornAnswers();
    c.hallCode = QStringLiteral("CS0101");
    c.counter = 3;
    c.staff = QStringLiteral("clerk07");
    c.fields[QStringLiteral("applicant.name")] = typed(kApplicantName);
    c.fields[QStringLiteral("applicant.idNumber")]
        = fromSource(kApplicantId, QStringLiteral("idCard"), QStringLiteral("reader-1"));
    c.fields[QStringLiteral("applicant.mobile")] = fromSource(
        QStringLiteral("13800001111"), QStringLiteral("history"), QStringLiteral("case-2024-11"));
    c.fields[QStringLiteral("child.name")] = typed(QStringLiteral("王小宝"));
    c.fields[QStringLiteral("child.birthDate")]
        = fromSource(QStringLiteral("2026-11-20"), QStringLiteral("pdf"), QStringLiteral("sha256:3f2a9c"));
    c.fields[QStringLiteral("mother.name")] = fromSource(
        QStringLiteral("赵美丽"), QStringLiteral("sharedData:hukou"), QStringLiteral("HJ-2026-000123"));
    c.fields[QStringLiteral("mother.idNumber")] = fromSource(QStringLiteral("11010519920315002X"),
        QStringLiteral("sharedData:hukou"), QStringLiteral("HJ-2026-000123"));
    // Prefilled, then changed by the clerk: no longer vouched for by the source.
    c.fields[QStringLiteral("father.name")]
        = fromSource(QStringLiteral("王大明"), QStringLiteral("sharedData:hukou"),
            QStringLiteral("HJ-2026-000124"), intake::FieldOrigin::PrefilledChanged);
    c.fields[QStringLiteral("father.idNumber")] = typed(kApplicantId);
    c.fields[QStringLiteral("agent.name")] = typed(kAgentName);
    c.fields[QStringLiteral("agent.idNumber")] = typed(kAgentId);
    c.fields[QStringLiteral("agent.relation")] = typed(QStringLiteral("grandparent"));
    c.materials[QStringLiteral("idCard.mother")] = status(MaterialState::Original);
    c.materials[QStringLiteral("idCard.father")]
        = status(MaterialState::Verified, QStringLiteral("VER-ID-0077"));
    c.materials[QStringLiteral("marriageCert.parents")]
        = status(MaterialState::Verified, QStringLiteral("VER-MAR-2026-0001"));
    c.materials[QStringLiteral("birthCertificate.child")] = status(MaterialState::Produced);
    c.materials[QStringLiteral("householdBook.household")]
        = status(MaterialState::Tolerated, {}, QDate(2026, 12, 11));
    intake::MaterialStatus photo = status(MaterialState::Copy);
    photo.attachments = {QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")};
    c.materials[QStringLiteral("photo.child")] = photo;
    c.materials[QStringLiteral("authorization.agent")] = status(MaterialState::Original);
    c.materials[QStringLiteral("idCard.agent")] = status(MaterialState::Original);
    c.createdAt = QDateTime(QDate(2026, 11, 27), QTime(9, 5));
    c.updatedAt = c.acceptedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 30));
    c.promisedDate = catalog.calendar().addWorkingDays(c.acceptedAt.date(), 5);
    return c;
}

intake::CaseData draftNewbornCase(const catalog::Catalog& catalog)
{
    intake::CaseData c = acceptedNewbornCase(catalog);
    c.uuid = QStringLiteral("0d6c2e7a-8f43-4b8e-b1c2-7e5a9d3f6a10");
    c.caseNumber.clear();
    c.state = intake::CaseState::Draft;
    c.acceptedAt = {};
    c.promisedDate = {};
    c.fields.remove(QStringLiteral("child.name"));
    c.fields[QStringLiteral("mother.idNumber")]
        = typed(QStringLiteral("110105199203150021")); // wrong check digit
    c.materials.remove(QStringLiteral("marriageCert.parents"));
    c.materials[QStringLiteral("householdBook.household")].dueDate = {};
    return c;
}

} // namespace ow::test::documents
