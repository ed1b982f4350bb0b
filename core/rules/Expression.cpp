// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Expression.h"

#include "core/rules/RuleError.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tonghu::rules {

QString SourcePos::toString() const
{
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

QString Value::display() const
{
    switch (type) {
    case Type::Unknown:
        return QStringLiteral("?");
    case Type::Bool:
        return b ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number:
        return QString::number(n);
    case Type::Text:
        return s;
    case Type::Date:
        return d.toString(Qt::ISODate);
    case Type::List:
        return QLatin1Char('[') + list.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return {};
}

QJsonValue Value::toJson() const
{
    switch (type) {
    case Type::Unknown:
        return {};
    case Type::Bool:
        return b;
    case Type::Number:
        return n;
    case Type::Text:
        return s;
    case Type::Date:
        return d.toString(Qt::ISODate);
    case Type::List:
        return QJsonArray::fromStringList(list);
    }
    return {};
}

bool Value::operator==(const Value& o) const
{
    if (type != o.type)
        return false;
    switch (type) {
    case Type::Unknown:
        return true;
    case Type::Bool:
        return b == o.b;
    case Type::Number:
        return n == o.n;
    case Type::Text:
        return s == o.s;
    case Type::Date:
        return d == o.d;
    case Type::List:
        return list == o.list;
    }
    return false;
}

namespace {

// Bounds recursion so a pathological rulebook ("((((((...") is refused instead of
// exhausting the stack.
constexpr int kMaxDepth = 200;

struct Token
{
    enum class Kind { End, Number, String, Name, Op };
    Kind kind = Kind::End;
    QString text;
    double number = 0;
    SourcePos pos;
};

class Lexer
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::rules::Parser)

public:
    Lexer(const QString& text, const SourcePos& start) : m_text(text), m_start(start) {}

    Token next()
    {
        skipBlanks();
        Token t;
        t.pos = here();
        if (m_i >= m_text.size())
            return t;
        const QChar c = m_text[m_i];
        if (c.isDigit()) {
            const qsizetype begin = m_i;
            while (m_i < m_text.size() && (m_text[m_i].isDigit() || m_text[m_i] == QLatin1Char('.')))
                advance();
            t.kind = Token::Kind::Number;
            t.text = m_text.mid(begin, m_i - begin);
            bool ok = false;
            t.number = t.text.toDouble(&ok);
            if (!ok)
                throw RuleError(t.pos, tr("'%1' is not a number.").arg(t.text));
            return t;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            advance();
            const qsizetype begin = m_i;
            while (m_i < m_text.size() && m_text[m_i] != c && m_text[m_i] != QLatin1Char('\n'))
                advance();
            if (m_i >= m_text.size() || m_text[m_i] != c)
                throw RuleError(t.pos, tr("The text starting here has no closing quote."));
            t.kind = Token::Kind::String;
            t.text = m_text.mid(begin, m_i - begin);
            advance();
            return t;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            const qsizetype begin = m_i;
            while (m_i < m_text.size() &&
                   (m_text[m_i].isLetterOrNumber() || m_text[m_i] == QLatin1Char('_') || m_text[m_i] == QLatin1Char('.')))
                advance();
            t.kind = Token::Kind::Name;
            t.text = m_text.mid(begin, m_i - begin);
            if (t.text.endsWith(QLatin1Char('.')) || t.text.contains(QStringLiteral("..")))
                throw RuleError(t.pos, tr("'%1' is not a valid name.").arg(t.text));
            return t;
        }
        static const QStringList twoChar{QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("!=")};
        const QString two = m_text.mid(m_i, 2);
        t.kind = Token::Kind::Op;
        if (twoChar.contains(two)) {
            t.text = two;
            advance();
            advance();
            return t;
        }
        if (QStringLiteral("()[],=<>+-").contains(c)) {
            t.text = c;
            advance();
            return t;
        }
        throw RuleError(t.pos, tr("Unexpected character '%1'.").arg(c));
    }

private:
    void skipBlanks()
    {
        while (m_i < m_text.size() && m_text[m_i].isSpace())
            advance();
    }
    void advance()
    {
        if (m_text[m_i] == QLatin1Char('\n')) {
            ++m_line;
            m_lineStart = m_i + 1;
        }
        ++m_i;
    }
    SourcePos here() const
    {
        SourcePos p = m_start;
        p.line = m_start.line + m_line;
        p.column = m_line == 0 ? m_start.column + static_cast<int>(m_i) : static_cast<int>(m_i - m_lineStart) + 1;
        return p;
    }

    const QString& m_text;
    SourcePos m_start;
    qsizetype m_i = 0;
    int m_line = 0;
    qsizetype m_lineStart = 0;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::rules::Parser)

public:
    Parser(const QString& text, const SourcePos& start) : m_lexer(text, start) { m_tok = m_lexer.next(); }

    ExprPtr parseAll()
    {
        if (m_tok.kind == Token::Kind::End)
            throw RuleError(m_tok.pos, tr("The condition is empty."));
        ExprPtr e = parseOr();
        if (m_tok.kind != Token::Kind::End)
            throw RuleError(m_tok.pos, tr("Unexpected '%1' after a complete condition.").arg(m_tok.text));
        return e;
    }

private:
    bool isWord(const char* w) const { return m_tok.kind == Token::Kind::Name && m_tok.text == QLatin1String(w); }
    bool isOp(const char* o) const { return m_tok.kind == Token::Kind::Op && m_tok.text == QLatin1String(o); }

    void expectOp(const char* o)
    {
        if (!isOp(o))
            throw RuleError(m_tok.pos, tr("Expected '%1' here.").arg(QLatin1String(o)));
        m_tok = m_lexer.next();
    }

    struct DepthGuard
    {
        Parser& p;
        explicit DepthGuard(Parser& parser) : p(parser)
        {
            if (++p.m_depth > kMaxDepth)
                throw RuleError(p.m_tok.pos, Parser::tr("The condition is nested too deeply."));
        }
        ~DepthGuard() { --p.m_depth; }
    };

    static ExprPtr make(Expr::Kind kind, const SourcePos& pos, std::vector<ExprPtr> args, const QString& name = {})
    {
        auto e = std::make_shared<Expr>();
        e->kind = kind;
        e->pos = pos;
        e->args = std::move(args);
        e->name = name;
        return e;
    }

    ExprPtr parseOr()
    {
        DepthGuard guard(*this);
        ExprPtr left = parseAnd();
        if (!isWord("or"))
            return left;
        std::vector<ExprPtr> parts{left};
        const SourcePos pos = left->pos;
        while (isWord("or")) {
            m_tok = m_lexer.next();
            parts.push_back(parseAnd());
        }
        return make(Expr::Kind::Or, pos, std::move(parts));
    }

    ExprPtr parseAnd()
    {
        ExprPtr left = parseNot();
        if (!isWord("and"))
            return left;
        std::vector<ExprPtr> parts{left};
        const SourcePos pos = left->pos;
        while (isWord("and")) {
            m_tok = m_lexer.next();
            parts.push_back(parseNot());
        }
        return make(Expr::Kind::And, pos, std::move(parts));
    }

    ExprPtr parseNot()
    {
        DepthGuard guard(*this);
        if (isWord("not")) {
            const SourcePos pos = m_tok.pos;
            m_tok = m_lexer.next();
            return make(Expr::Kind::Not, pos, {parseNot()});
        }
        return parseComparison();
    }

    ExprPtr parseComparison()
    {
        ExprPtr left = parseSum();
        static const QStringList ops{QStringLiteral("="),  QStringLiteral("!="), QStringLiteral("<"),
                                     QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};
        if (m_tok.kind == Token::Kind::Op && ops.contains(m_tok.text)) {
            const QString op = m_tok.text;
            const SourcePos pos = m_tok.pos;
            m_tok = m_lexer.next();
            return make(Expr::Kind::Compare, pos, {left, parseSum()}, op);
        }
        if (isWord("in")) {
            const SourcePos pos = m_tok.pos;
            m_tok = m_lexer.next();
            ExprPtr right = parseSum();
            if (right->kind != Expr::Kind::List)
                throw RuleError(right->pos, tr("'in' must be followed by a list such as ['a', 'b']."));
            return make(Expr::Kind::In, pos, {left, right});
        }
        if (isWord("contains")) {
            const SourcePos pos = m_tok.pos;
            m_tok = m_lexer.next();
            return make(Expr::Kind::Contains, pos, {left, parseSum()});
        }
        return left;
    }

    ExprPtr parseSum()
    {
        ExprPtr left = parsePrimary();
        while (isOp("+") || isOp("-")) {
            const QString op = m_tok.text;
            const SourcePos pos = m_tok.pos;
            m_tok = m_lexer.next();
            left = make(Expr::Kind::Arith, pos, {left, parsePrimary()}, op);
        }
        return left;
    }

    ExprPtr parsePrimary()
    {
        DepthGuard guard(*this);
        const Token t = m_tok;
        switch (t.kind) {
        case Token::Kind::End:
            throw RuleError(t.pos, tr("The condition ends too early."));
        case Token::Kind::Number: {
            m_tok = m_lexer.next();
            auto e = std::make_shared<Expr>();
            e->kind = Expr::Kind::Literal;
            e->pos = t.pos;
            e->literal = Value::number(t.number);
            return e;
        }
        case Token::Kind::String: {
            m_tok = m_lexer.next();
            auto e = std::make_shared<Expr>();
            e->kind = Expr::Kind::Literal;
            e->pos = t.pos;
            e->literal = Value::text(t.text);
            return e;
        }
        case Token::Kind::Name: {
            static const QStringList reserved{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
                                              QStringLiteral("in"), QStringLiteral("contains")};
            if (reserved.contains(t.text))
                throw RuleError(t.pos, tr("'%1' cannot stand here.").arg(t.text));
            m_tok = m_lexer.next();
            if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
                auto e = std::make_shared<Expr>();
                e->kind = Expr::Kind::Literal;
                e->pos = t.pos;
                e->literal = Value::boolean(t.text == QLatin1String("true"));
                return e;
            }
            if (!isOp("("))
                return make(Expr::Kind::Name, t.pos, {}, t.text);
            m_tok = m_lexer.next();
            std::vector<ExprPtr> args;
            if (!isOp(")")) {
                args.push_back(parseOr());
                while (isOp(",")) {
                    m_tok = m_lexer.next();
                    args.push_back(parseOr());
                }
            }
            expectOp(")");
            return make(Expr::Kind::Call, t.pos, std::move(args), t.text);
        }
        case Token::Kind::Op:
            if (t.text == QLatin1String("(")) {
                m_tok = m_lexer.next();
                ExprPtr inner = parseOr();
                expectOp(")");
                return inner;
            }
            if (t.text == QLatin1String("[")) {
                m_tok = m_lexer.next();
                std::vector<ExprPtr> items;
                if (!isOp("]")) {
                    items.push_back(parsePrimary());
                    while (isOp(",")) {
                        m_tok = m_lexer.next();
                        items.push_back(parsePrimary());
                    }
                }
                expectOp("]");
                for (const auto& item : items)
                    if (item->kind != Expr::Kind::Literal)
                        throw RuleError(item->pos, tr("A list may hold only numbers and quoted text."));
                return make(Expr::Kind::List, t.pos, std::move(items));
            }
            if (t.text == QLatin1String("="))
                throw RuleError(t.pos, tr("Write a single '=' to compare: there is no '=='."));
            throw RuleError(t.pos, tr("Unexpected '%1'.").arg(t.text));
        }
        throw RuleError(t.pos, tr("Unexpected input."));
    }

    Lexer m_lexer;
    Token m_tok;
    int m_depth = 0;
};

} // namespace

ExprPtr parseExpression(const QString& text, const SourcePos& start)
{
    return Parser(text, start).parseAll();
}

} // namespace tonghu::rules
