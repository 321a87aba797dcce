-- tostring of nil, booleans, strings and numbers
print(tostring(nil), tostring(true), tostring(false), tostring("x"), tostring(12), tostring(-0.5))
print(tostring(1e15), tostring(1e16), tostring(2 ^ 24), tostring(1 / 0), tostring(-1 / 0))
print(type(tostring({})), tostring({}):sub(1, 7), tostring(print):sub(1, 9), tostring(coroutine.create(function() end)):sub(1, 7))
