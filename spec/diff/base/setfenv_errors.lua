-- setfenv cannot change C functions and needs a table
print(pcall(setfenv, print, {}))
print(pcall(setfenv, function() end, 1))
print(pcall(setfenv, 100, {}))
print(type(getfenv(print)))
