-- math functions through pcall and coroutines keep results
print(pcall(math.floor, 2.5))
print(coroutine.wrap(function(...) return math.max(...) end)(3, 9, 4))
print(select("#", pcall(math.modf, 2.5)), pcall(math.modf, 2.5))
