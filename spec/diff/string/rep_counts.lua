-- string.rep with various counts
for n = -1, 5 do print(n, "[" .. ("ab"):rep(n) .. "]") end
print(#("x"):rep(1000), #(""):rep(1000))
print(("abc"):rep(2.9))
