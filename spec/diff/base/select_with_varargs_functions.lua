-- select inside vararg functions
local function count(...) return select("#", ...) end
local function last(...) return (select(select("#", ...), ...)) end
local function rest(...) return select(2, ...) end
print(count(), count(nil), count(1, nil), count(nil, nil, nil))
print(last(1, 2, 3), last("only"), pcall(last))
print(rest(1, 2, 3), rest(1), select("#", rest()))
