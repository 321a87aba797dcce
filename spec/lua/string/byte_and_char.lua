-- byte and char convert between bytes and strings.
print(string.byte("A")) -- expect: 65
print(("abc"):byte(1, -1)) -- expect: 97	98	99
print(("abc"):byte(10)) -- expect:
print(string.char(72, 105)) -- expect: Hi
print(string.char() == "") -- expect: true
print(#string.char(0, 255)) -- expect: 2
print(string.byte(string.char(200))) -- expect: 200
