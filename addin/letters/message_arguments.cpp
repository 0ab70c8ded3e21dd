#include "letters/message_arguments.hpp"

#include <utility>

namespace relance {

MessageArguments& MessageArguments::text(std::string name, std::string value)
{
    arguments_.push_back({std::move(name), Type::Text, std::move(value), 0, Date()});
    return *this;
}

MessageArguments& MessageArguments::number(std::string name, long value)
{
    arguments_.push_back({std::move(name), Type::Number, {}, value, Date()});
    return *this;
}

MessageArguments& MessageArguments::date(std::string name, Date value)
{
    arguments_.push_back({std::move(name), Type::Calendar, {}, 0, value});
    return *this;
}

} // namespace relance
