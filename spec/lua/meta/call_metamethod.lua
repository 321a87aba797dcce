-- __call makes a table callable; it gets the table first.
local t = setmetatable({ k = 10 }, { __call = function(self, a, b) return self.k + a + b, "second" end })
print(t(1, 2)) -- expect: 13	second
local obj = { counter = setmetatable({ n = 0 }, { __call = function(self) self.n = self.n + 1; return self.n end }) }
obj.counter()
print(obj.counter()) -- expect: 2
print(pcall(t, 1, 2)) -- expect: true	13	second
