-- A typical class pattern using __index chains and methods.
local Animal = {}
Animal.__index = Animal
function Animal.new(name) return setmetatable({ name = name }, Animal) end
function Animal:speak() return self.name .. " makes a sound" end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, { __index = Animal })
Dog.__index = Dog
function Dog.new(name) return setmetatable(Animal.new(name), Dog) end
function Dog:speak() return self.name .. " barks" end
local d = Dog.new("rex")
print(d:speak()) -- expect: rex barks
print(d:kind()) -- expect: animal
print(Animal.new("cat"):speak()) -- expect: cat makes a sound
print(getmetatable(d) == Dog) -- expect: true
