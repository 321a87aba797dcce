-- numeric strings of every form through math.abs
for _, s in ipairs({ "1", "-1", "0x1A", "1e2", ".5", "5.", "  7  ", "-0x10", "1E-2" }) do print(s, math.abs(s)) end
print(pcall(math.abs, "1e"))
print(pcall(math.abs, "0x"))
