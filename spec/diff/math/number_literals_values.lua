-- numeric literal spellings
print(0x10, 0xA, 0Xff, 1e2, 1E2, 1e+2, 1e-2, 0.5e1, 5e-1, .5, 3., 0x7FFFFFFF)
print(1e308 * 10, -1e308 * 10, 2.2250738585072014e-308, 4.9e-324)
print(00012, 1.0e0, 0x0, 0e0)
