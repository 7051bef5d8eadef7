#include "app/validation/creditcode.h"

#include "app/validation/divisions.h"

#include <QCoreApplication>

namespace ow::validation {

namespace {

constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

struct Category
{
    char16_t code;
    const char16_t* name;
};

struct Department
{
    char16_t code;
    const char16_t* name;
    std::initializer_list<Category> categories;
};

// GB 32100-2015 appendix and later assignments: registration departments and their categories.
const Department kDepartments[] = {
    {u'1', u"机构编制",
        {{u'1', u"机关"}, {u'2', u"事业单位"}, {u'3', u"中央编办直接管理机构编制的群众团体"},
            {u'9', u"其他"}}},
    {u'2', u"外交", {{u'1', u"外国常驻新闻机构"}, {u'9', u"其他"}}},
    {u'3', u"司法行政",
        {{u'1', u"律师执业机构"}, {u'2', u"公证处"}, {u'3', u"基层法律服务所"}, {u'4', u"司法鉴定机构"},
            {u'5', u"仲裁委员会"}, {u'9', u"其他"}}},
    {u'4', u"文化", {{u'1', u"外国在华文化中心"}, {u'9', u"其他"}}},
    {u'5', u"民政", {{u'1', u"社会团体"}, {u'2', u"民办非企业单位"}, {u'3', u"基金会"}, {u'9', u"其他"}}},
    {u'6', u"旅游",
        {{u'1', u"外国旅游部门常驻代表机构"}, {u'2', u"港澳台地区旅游部门常驻内地（大陆）代表机构"},
            {u'9', u"其他"}}},
    {u'7', u"宗教", {{u'1', u"宗教活动场所"}, {u'2', u"宗教院校"}, {u'9', u"其他"}}},
    {u'8', u"工会", {{u'1', u"基层工会"}, {u'9', u"其他"}}},
    {u'9', u"工商", {{u'1', u"企业"}, {u'2', u"个体工商户"}, {u'3', u"农民专业合作社"}}},
    {u'A', u"中央军委改革和编制办公室", {{u'1', u"军队事业单位"}, {u'9', u"其他"}}},
    {u'N', u"农业",
        {{u'1', u"组级集体经济组织"}, {u'2', u"村级集体经济组织"}, {u'3', u"乡镇级集体经济组织"},
            {u'9', u"其他"}}},
    {u'Y', u"其他", {{u'1', u"其他"}}},
};

CreditCodeCheck fail(CreditCodeCheck r, const char* code, QString message)
{
    r.valid = false;
    r.code = QString::fromLatin1(code);
    r.message = std::move(message);
    return r;
}

int orgCharValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}

} // namespace

QChar creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    int weight = 1;
    for (QChar c : first17) {
        const qsizetype value = kAlphabet.indexOf(c);
        if (value < 0)
            return {};
        sum += int(value) * weight;
        weight = weight * 3 % 31;
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

QChar organizationCodeCheckCharacter(QStringView first8)
{
    static constexpr int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    if (first8.size() != 8)
        return {};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const int v = orgCharValue(first8[i]);
        if (v < 0)
            return {};
        sum += v * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QLatin1Char('X') : check == 11 ? QLatin1Char('0') : QLatin1Char(char('0' + check));
}

CreditCodeCheck checkCreditCode(const QString& input)
{
    CreditCodeCheck r;
    if (input.isEmpty())
        return fail(r, "uscc.empty",
            QCoreApplication::translate("ow::validation", "Enter the unified social credit code."));
    for (QChar c : input) {
        if (c.isSpace())
            return fail(r, "uscc.spaces",
                QCoreApplication::translate("ow::validation", "Remove the spaces from the credit code."));
    }
    if (input.size() != 18)
        return fail(r, "uscc.length",
            QCoreApplication::translate("ow::validation",
                "A unified social credit code has 18 characters; this one has %n.", nullptr,
                int(input.size())));
    for (QChar c : input) {
        if (c.isLower())
            return fail(r, "uscc.lowercase",
                QCoreApplication::translate("ow::validation", "Write the credit code in capital letters."));
    }
    for (QChar c : input) {
        if (!kAlphabet.contains(c))
            return fail(r, "uscc.characters",
                QCoreApplication::translate("ow::validation",
                    "The credit code contains \"%1\"; only digits and capital letters other than I, O, Z, S "
                    "and V are used.")
                    .arg(c));
    }

    const Department* department = nullptr;
    for (const Department& d : kDepartments) {
        if (d.code == input.at(0))
            department = &d;
    }
    r.departmentCode = input.left(1);
    r.categoryCode = input.mid(1, 1);
    if (!department)
        return fail(r, "uscc.department",
            QCoreApplication::translate("ow::validation",
                "The first character %1 of the credit code is not a registration department.")
                .arg(r.departmentCode));
    r.department = QString::fromUtf16(department->name);
    for (const Category& c : department->categories) {
        if (c.code == input.at(1))
            r.category = QString::fromUtf16(c.name);
    }
    if (r.category.isEmpty())
        r.warnings << QCoreApplication::translate(
            "ow::validation", "The category %1 is not defined for registration department %2.")
                          .arg(r.categoryCode, r.departmentCode);

    const DivisionRegistry& divisions = DivisionRegistry::instance();
    r.regionCode = input.mid(2, 6);
    if (r.regionCode == u"100000") {
        r.region = QCoreApplication::translate("ow::validation", "national level");
    } else if (const QString known = divisions.nearestKnown(r.regionCode); !known.isEmpty()) {
        r.region = divisions.fullName(known);
    } else {
        r.warnings << QCoreApplication::translate(
            "ow::validation", "The region code %1 in the credit code is not a known division.")
                          .arg(r.regionCode);
    }

    const QStringView org = QStringView(input).mid(8, 9);
    r.organizationCode = org.left(8).toString() + u'-' + org.back();
    r.organizationCodeValid = organizationCodeCheckCharacter(org.left(8)) == org.back();
    if (!r.organizationCodeValid)
        r.warnings << QCoreApplication::translate("ow::validation",
            "The embedded organisation code %1 has an unusual check character (normal for some "
            "registrations, e.g. individual businesses).")
                          .arg(r.organizationCode);

    if (creditCodeCheckCharacter(QStringView(input).left(17)) != input.back())
        return fail(r, "uscc.checkCharacter",
            QCoreApplication::translate("ow::validation",
                "The credit code's check character does not match; a character is probably mistyped."));
    r.valid = true;
    return r;
}

} // namespace ow::validation
