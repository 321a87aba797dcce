-- Writing with a nil or NaN key is an error; reading one gives nil.
local t = {}
print(t[nil]) -- expect: nil
local ok, e = pcall(function() t[nil] = 1 end)
print(ok, (e:gsub("^.-:%d+: ", ""))) -- expect: false	table index is nil
local nan = 0 / 0
ok, e = pcall(function() t[nan] = 1 end)
print(ok, (e:gsub("^.-:%d+: ", ""))) -- expect: false	table index is NaN
print(t[nan]) -- expect: nil
ok, e = pcall(rawset, t, nil, 1)
print(ok) -- expect: false
