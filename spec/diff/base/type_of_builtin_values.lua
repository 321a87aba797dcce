-- type of library values
print(type(_G), type(_VERSION), type(print), type(string), type(math.pi), type(io.write))
print(type(coroutine.running()), type(package.loaded))
