-- require of a missing module fails
local ok, e = pcall(require, "surely_no_such_module_xyz")
print(ok, e:match("^module 'surely_no_such_module_xyz' not found:") ~= nil)
