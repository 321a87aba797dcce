-- type returns one of eight names.
print(type(nil), type(true), type(1), type("s")) -- expect: nil	boolean	number	string
print(type({}), type(print), type(function() end)) -- expect: table	function	function
print(type(coroutine.create(function() end)), type(newproxy())) -- expect: thread	userdata
print(pcall(type)) -- expect: false	bad argument #1 to '?' (value expected)
