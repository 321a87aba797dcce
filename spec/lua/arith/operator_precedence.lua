-- Precedence: or < and < comparison < .. < + - < * / % < unary < ^.
print(1 + 2 * 3 ^ 2) -- expect: 19
print(2 * 3 % 4) -- expect: 2
print(10 - 4 - 3) -- expect: 3
print(2 ^ -1) -- expect: 0.5
print(not nil == true) -- expect: true
print(1 .. 2 + 3) -- expect: 15
print(1 < 2 and 2 < 3) -- expect: true
print(nil or false and 1) -- expect: false
print(#"abc" + 1) -- expect: 4
print(-2 .. 3) -- expect: -23
