-- ^ is right associative and binds tighter than unary minus
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2, -2 ^ 2, (-2) ^ 2, 2 ^ -1, -2 ^ -2)
print(2 ^ 0.5 ^ 2, 10 ^ -2 ^ -1)
