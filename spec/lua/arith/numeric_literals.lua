-- Literal forms: hex, exponent, leading dot, trailing dot.
print(0xff) -- expect: 255
print(0XA) -- expect: 10
print(1e3) -- expect: 1000
print(1E-2) -- expect: 0.01
print(.5) -- expect: 0.5
print(5.) -- expect: 5
print(3.25e1) -- expect: 32.5
print(0x7fffffff) -- expect: 2147483647
print(0xffffffff) -- expect: 4294967295
