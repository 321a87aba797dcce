-- The iterator can be any callable value.
local it = setmetatable({ n = 0 }, { __call = function(self, state, ctl)
  self.n = self.n + 1
  if self.n <= 3 then return self.n end
end })
local out = {}
for v in it do out[#out + 1] = v end
print(table.concat(out, ",")) -- expect: 1,2,3
